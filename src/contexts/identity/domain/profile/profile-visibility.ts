export const PROFILE_VISIBILITIES = ['public', 'private'] as const;

/** Who may read a profile: anyone (`public`), or only its owner and staff (`private`, the default). */
export type ProfileVisibility = (typeof PROFILE_VISIBILITIES)[number];
