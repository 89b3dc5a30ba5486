// How the stage's canvas is sized in its area (stage.ts fits it by CSS, letterboxed at 16:9).
// No Phaser here, so the rule is tested in Node (tests/unit/stageFit.test.ts).

/** A size change the canvas follows at once: it would overflow the stage area by more than this (px of width). */
export const FIT_SLACK = 3;
/** Room for at least this many more px of width before the canvas grows. */
export const FIT_GROW = 16;

/**
 * The canvas's CSS width, given the width it has (`shown`, 0 before the first fit) and the width
 * the stage area now allows. The area's height moves with each line's length (a tip in a smaller
 * font, a line one pixel taller): following every such change made the picture twitch and made
 * the compositor scale and redraw the whole canvas on nearly every line. So the canvas shrinks
 * when it would otherwise overflow by more than FIT_SLACK px (1-2 px of the picture's margin
 * clipped at most), and grows when there is room for FIT_GROW px more.
 */
export function fitSize(shown: number, allowed: number): number {
  if (shown > 0 && allowed >= shown - FIT_SLACK && allowed < shown + FIT_GROW) return shown;
  return allowed;
}
