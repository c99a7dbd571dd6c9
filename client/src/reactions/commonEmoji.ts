/** The reaction picker's emoji, in their canonical spelling (with the emoji variation selector). */
export const COMMON_EMOJI = ['👍', '❤️', '😂', '😮', '😢', '🔥', '👏', '⚽', '🎉', '🙏'];
