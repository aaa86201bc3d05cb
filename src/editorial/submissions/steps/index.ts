import type { StepId } from "../form/draft";
import { biographyStep } from "./biography";
import { fateStep } from "./fate";
import { markersStep } from "./markers";
import { mediaStep } from "./media";
import { personStep } from "./person";
import { relationsStep } from "./relations";
import type { StepModule } from "./step";
import { sourcesStep } from "./sources";
import { submitterStep } from "./submitter";

/** The form steps; "review" is not a form of its own but the page that sends. */
export const FORM_STEPS: Record<Exclude<StepId, "review">, StepModule> = {
  person: personStep,
  fate: fateStep,
  biography: biographyStep,
  sources: sourcesStep,
  relations: relationsStep,
  markers: markersStep,
  media: mediaStep,
  submitter: submitterStep,
};
