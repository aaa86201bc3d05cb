/*
 * Makes tests/lib/fixtures/beider-morse-commons-codec.json's encodings with Apache Commons Codec
 * itself, to check src/domain/names/beider-morse/ against the implementation it ports. Not part of the
 * build; needs a JDK and Debian's libcommons-codec-java:
 *
 *   javac -cp /usr/share/java/commons-codec.jar -d /tmp scripts/beider-morse-reference.java
 *   java -cp /usr/share/java/commons-codec.jar:/tmp BeiderMorseReference < names.txt
 *
 * Prints, for each input line, the encodings of generic approx, generic exact, Ashkenazi approx
 * and Ashkenazi exact (concat), tab-separated, or "!Exception" where Commons Codec fails.
 */
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.PhoneticEngine;
import org.apache.commons.codec.language.bm.RuleType;

class BeiderMorseReference {
  public static void main(String[] args) throws Exception {
    List<PhoneticEngine> engines = new ArrayList<>();
    for (NameType nameType : new NameType[] {NameType.GENERIC, NameType.ASHKENAZI}) {
      for (RuleType ruleType : new RuleType[] {RuleType.APPROX, RuleType.EXACT}) {
        engines.add(new PhoneticEngine(nameType, ruleType, true));
      }
    }
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(System.out, true, "UTF-8");
    for (String line; (line = in.readLine()) != null; ) {
      List<String> columns = new ArrayList<>();
      for (PhoneticEngine engine : engines) {
        try {
          columns.add(engine.encode(line));
        } catch (RuntimeException e) {
          columns.add("!" + e.getClass().getSimpleName());
        }
      }
      out.println(String.join("\t", columns));
    }
  }
}
