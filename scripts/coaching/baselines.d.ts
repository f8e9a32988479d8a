// Minimal types for the baseline libraries used by the evaluation and benchmark scripts, and VADER's lexicon for the trainer.
declare module 'vader-sentiment' {
  const vader: {
    SentimentIntensityAnalyzer: { polarity_scores(text: string): { neg: number; neu: number; pos: number; compound: number } };
  };
  export default vader;
}

declare module 'sentiment' {
  export default class Sentiment {
    analyze(text: string): { score: number; comparative: number };
  }
}

/** VADER's word list (valence -4..4 per word), read by the trainer to build the engine's lexicon table. */
declare module 'vader-sentiment/src/vader_lexicon.js' {
  export const lexicon: Record<string, number>;
}
