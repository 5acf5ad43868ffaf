import { PatternParam } from '@promenade/http';
import { PLAN_CODE_PATTERN } from '../../domain/plan/plan-code';

export const PLAN_CODE_MESSAGE = 'code must be 2-32 lower-case letters, digits or dashes';

/** The `{code}` of a plan route; anything that cannot be a plan code is a 400. */
export const PlanCodeParam = (): ParameterDecorator => PatternParam('code', PLAN_CODE_PATTERN, PLAN_CODE_MESSAGE);
