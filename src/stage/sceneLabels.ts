// Words for the canvas: #stage is role="img", and its label says which scene is drawn.
// Everything said and done is in the HTML layer; this only tells a screen-reader user where
// the scene is, and changes when the background does.
const SCENES: Record<string, string> = {
  title: 'Title picture: a 1930s courtroom drawn in ink on cream paper',
  black: 'A black screen',
  veksal: 'Drawing: the house at Veksal, Norway, where Trotsky lived in 1936',
  road: 'Drawing: a country road in southern Norway',
  island: 'Drawing: a small island off the south coast of Norway',
  'drammen-court': 'Drawing: the district court at Drammen; jurors on the left, the defendants on the right, empty public benches with police',
  'blue-house': 'Drawing: a room in the Blue House at Coyoacán; a long table with the commissioners, a stenographer, rows of chairs',
};

export function sceneLabel(background: string | null): string {
  const scene = background ? SCENES[background] ?? `Drawing: ${background.replace(/-/g, ' ')}` : 'The stage';
  return `${scene}. Everything said is in the text below.`;
}
