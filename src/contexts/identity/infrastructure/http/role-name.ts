import { ROLE_NAME_PATTERN } from '../../domain/role/role.aggregate';

export const ROLE_NAME_MESSAGE = 'a role name is 2-32 lowercase letters, digits or dashes, starting with a letter';

/** For `@ApiProperty` of a role name. */
export const ROLE_NAME_SCHEMA = { pattern: ROLE_NAME_PATTERN.source, example: 'support-agent' };
