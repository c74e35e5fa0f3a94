import { describe, expect, it } from 'vitest';
import { FEATURES, type Calibration } from '../../engine/scoring/calibration';
import { CALIBRATION } from '../../engine/scoring/calibration-weights';
import { calibrationFeatures, scoreReply, SCORER_VERSION } from '../../engine/scoring/score-reply';
import type { ScoringContext } from '../../engine/scoring/types';

const refundTurn: ScoringContext = {
  customer: "You've taken 49.99 off me TWICE this month! My rent goes out on Friday.",
  customerName: 'Denise Okafor',
  mood: 'angry',
  keyPoints: [
    {
      id: 'refund',
      description: 'Refund the duplicate charge',
      examples: ["I'll refund the extra 49.99", "I'll put the money back on your card"],
    },
    { id: 'when', description: 'Give a clear time frame', examples: ['within 2 working days', 'by Thursday'] },
  ],
  avoid: ['as I said'],
};

const reasons = (text: string, ctx = refundTurn) => scoreReply(text, ctx).evidence.map((e) => e.reason);

describe('scoreReply', () => {
  it('scores warm-but-idle high on empathy and low on helpfulness, and curt-but-correct the reverse', () => {
    const warm = scoreReply(
      "Oh Denise, I'm so sorry. Being charged twice when your rent is due must be really stressful.",
      refundTurn,
    ).scores;
    const curt = scoreReply("Refund of 49.99 processed, you'll see it by Thursday.", refundTurn).scores;
    expect(warm.empathy).toBeGreaterThan(curt.empathy + 25);
    expect(curt.helpfulness).toBeGreaterThan(warm.helpfulness + 25);
    // Curt is neutral (a trainer's 2 of 4, about 50), not disrespectful like a rude reply.
    const rude = scoreReply('Calm down, it is not my fault. Read the terms.', refundTurn).scores;
    expect(curt.respect).toBeGreaterThanOrEqual(42);
    // The refit on the adversarial batch reads curt replies a little warm (about 70); see the closing note.
    expect(curt.respect).toBeLessThanOrEqual(75);
    expect(curt.respect).toBeGreaterThan(rude.respect + 25);
  });

  it('matches key points by meaning, not exact words', () => {
    const result = scoreReply("I'll put the money back on your card today and it will be there by Thursday.", refundTurn);
    expect(result.keyPoints.map((k) => [k.id, k.covered])).toEqual([
      ['refund', true],
      ['when', true],
    ]);
    expect(result.keyPoints[0]!.matched).toMatch(/money back/);
  });

  it('does not count a negated key point or apology', () => {
    const result = scoreReply("I won't refund that, and I'm not sorry.", refundTurn);
    expect(result.keyPoints[0]!.covered).toBe(false);
    expect(result.evidence.some((e) => e.reason === 'apologises')).toBe(false);
  });

  it('penalises dismissing, blaming and shouting, with the phrase as evidence', () => {
    const result = scoreReply('CALM DOWN madam, you should have checked your statement!!', refundTurn);
    expect(result.scores.respect).toBeLessThan(20);
    const evidence = result.evidence.filter((e) => e.points < 0).map((e) => `${e.reason}: ${e.phrase}`);
    expect(evidence).toContain('tells the customer to calm down: calm down');
    expect(evidence).toContain('blames the customer: you should have checked');
    expect(evidence.some((e) => e.startsWith('shouting in capitals'))).toBe(true);
    expect(result.suggestions[0]).toMatch(/Drop “calm down”/);
  });

  it('does not penalise the customer’s own words quoted back or a negated loss', () => {
    expect(reasons('You said "calm down" was the worst thing the last agent told you, and I am sorry.')).not.toContain(
      'tells the customer to calm down',
    );
    expect(reasons("I'm not going to tell you to calm down; you have every right to be upset.")).not.toContain(
      'tells the customer to calm down',
    );
  });

  it('costs helpfulness for deflection and an avoided phrase', () => {
    const result = scoreReply("That's not my department, you'll have to call the billing line. As I said.", refundTurn);
    expect(result.scores.helpfulness).toBeLessThan(20);
    expect(result.evidence.map((e) => e.reason)).toEqual(
      expect.arrayContaining(['deflects the customer elsewhere', 'a phrase this turn asks you to avoid']),
    );
  });

  it('expects more empathy from a grieving customer than from a neutral one', () => {
    const reply = 'I can close the account for you today.';
    const grieving = scoreReply(reply, { customer: 'My husband passed away last month and I need to close his account.' });
    const neutral = scoreReply(reply, { customer: 'I would like to close an account, please.' });
    expect(grieving.scores.empathy).toBeLessThan(neutral.scores.empathy);
    // Condolences and time to the same grieving customer lift empathy from nothing to above neutral.
    const kind = scoreReply("I'm so sorry for your loss. Take your time; I can close the account for you today.", {
      customer: 'My husband passed away last month and I need to close his account.',
    });
    // Set condolences count once and little (they are stock), but still lift empathy well clear.
    expect(kind.scores.empathy).toBeGreaterThan(grieving.scores.empathy + 15);
  });

  it('says clearly when a reply is empty or not English, scoring nothing', () => {
    expect(scoreReply('   ', refundTurn)).toMatchObject({ scorable: false, scores: { respect: 0, helpfulness: 0, empathy: 0 } });
    const french = scoreReply('Je suis vraiment désolée, nous allons rembourser votre argent demain matin.', refundTurn);
    expect(french.scorable).toBe(false);
    expect(french.suggestions[0]).toMatch(/looks like French/);
  });

  it('scores a 100,000-character paste without error', () => {
    const result = scoreReply("I'm sorry, I'll refund it today. ".repeat(3100), refundTurn);
    expect(result.scorable).toBe(true);
    expect(result.scores.helpfulness).toBeGreaterThan(40);
  });

  it('records its version', () => {
    expect(scoreReply('Hello', refundTurn).scorerVersion).toMatch(/^lexicon-/);
  });
});

describe('scoreReply dismissive cues', () => {
  it('reads a bare "whatever" as dismissive but not "whatever happens"', () => {
    const dismissive = (text: string) =>
      scoreReply(text, { customer: 'Hello' }).evidence.some((e) => e.reason === 'dismisses the problem');
    expect(dismissive('Whatever.')).toBe(true);
    expect(dismissive('Whatever happens, I will call you back.')).toBe(false);
  });
});

describe('scoreReply false alarms', () => {
  const reasons = (text: string) => scoreReply(text, { customer: 'My refund has not arrived.' }).evidence.map((e) => e.reason);
  it('reads "you should have an answer by Thursday" as a promise, not blame', () => {
    expect(reasons('You should have an answer by Thursday.')).not.toContain('blames the customer');
    expect(reasons('You should have checked your statement.')).toContain('blames the customer');
  });
  it('reads friendly "!!" as warmth and only "!!!" or "?!" as shouting', () => {
    expect(reasons('So sorry about that!! I have sent a new one.')).not.toContain('repeated ! or ? reads as shouting');
    expect(reasons('Read the email!!! It is all there.')).toContain('repeated ! or ? reads as shouting');
  });
  it('does not count "I\'ll" in a key point example as matching any "I\'m" in the reply', () => {
    const result = scoreReply("I won't refund that, and I'm not sorry.", {
      customer: 'You charged me twice.',
      keyPoints: [{ id: 'refund', description: 'Refund the duplicate charge', examples: ["I'll refund the extra payment"] }],
    });
    expect(result.keyPoints[0]!.covered).toBe(false);
  });

  it('weighs the evidence with the calibration layer and records which calibration in the version', () => {
    const reply = "I'm so sorry, Denise. I'll refund the extra 49.99 now and you'll have it by Thursday.";
    const zero = Object.fromEntries(FEATURES.map((f) => [f, 0]));
    // A layer that ignores the lexicon and predicts a flat rating of 2 out of 4 everywhere.
    const flat: Calibration = {
      id: 'flat',
      trainedOn: { situations: 0, replies: 0, ridge: 0 },
      models: {
        respect: { intercept: 2, weights: { ...zero } as Calibration['models']['respect']['weights'] },
        helpfulness: { intercept: 2, weights: { ...zero } as Calibration['models']['respect']['weights'] },
        empathy: { intercept: 2, weights: { ...zero } as Calibration['models']['respect']['weights'] },
      },
    };
    expect(scoreReply(reply, refundTurn, flat).scores).toEqual({ respect: 50, helpfulness: 50, empathy: 50 });
    // Evidence is shown at its calibrated worth, so a layer that ignores it shows every note at 0.
    expect(scoreReply(reply, refundTurn, flat).evidence.every((e) => e.points === 0)).toBe(true);
    expect(scoreReply(reply, refundTurn).scores.helpfulness).toBeGreaterThan(60);
    expect(SCORER_VERSION).toContain(CALIBRATION.id);
    expect(calibrationFeatures('', refundTurn)).toBeNull();
    expect(calibrationFeatures(reply, refundTurn)?.key_points_covered).toBe(1);
  });
});

describe('scoreReply cues found on fresh phrasings', () => {
  const turn = { customer: 'My engineer still has not turned up and nobody will tell me anything.' };
  const respect = (text: string) =>
    scoreReply(text, turn)
      .evidence.filter((e) => e.dimension === 'respect')
      .map((e) => e.reason);
  const empathy = (text: string) =>
    scoreReply(text, turn)
      .evidence.filter((e) => e.dimension === 'empathy')
      .map((e) => e.reason);

  it('hears a shrugging tautology and a sarcastic tag question as disrespect', () => {
    expect(respect("He'll turn up when he turns up.")).toContain('stonewalls the customer');
    expect(respect("You'll hear when you hear.")).toContain('stonewalls the customer');
    expect(respect("I'll call you when he arrives.")).not.toContain('stonewalls the customer');
    expect(respect("I can't exactly make the van drive faster, can I?")).toContain('rhetorical or loaded question');
    expect(respect('What time is it?')).not.toContain('rhetorical or loaded question');
  });

  it('does not read an apology, an acronym or a fault owned as blame, shouting or condolence', () => {
    expect(respect('I am sorry, you should have received an update weeks ago.')).not.toContain('blames the customer');
    expect(respect('Please update the address with the DVLA first.')).not.toContain('a word shouted in capitals');
    expect(empathy('Please accept our sincere apologies.')).not.toContain('offers condolences (a set phrase)');
    expect(empathy('We have no record of delays on our side.')).not.toContain('validates them');
    // A lone set phrase is stock sympathy; said alongside the fix it is validation.
    expect(empathy("The mistake was on our side and I've corrected it.")).toContain('validates them');
    expect(empathy("It was an error on our side and I've put it right.")).toContain('validates them');
  });

  it('hears blame in "you could have chosen" but no stonewalling in "I hope it won\'t be too bad"', () => {
    expect(respect('You could have chosen a safe place if you were worried about rain.')).toContain('blames the customer');
    expect(respect("I hope it won't be too bad.")).not.toContain('stonewalls the customer');
    expect(respect('Too bad.')).toContain('stonewalls the customer');
  });

  it('hears ultimatums, blame in idiom and a polite brush-off as disrespect', () => {
    expect(respect('Sign the form by Friday or your claim will be closed.')).toContain('issues an ultimatum');
    expect(respect("That's the price, take it or leave it.")).toContain('issues an ultimatum');
    expect(respect('We will refund it today, or send a replacement if you prefer.')).not.toContain('issues an ultimatum');
    expect(respect('The engineer says the damage is your own doing.')).toContain('blames the customer');
    expect(respect('It was there before; you simply never noticed.')).toContain('blames the customer');
    expect(respect("I'm sorry we didn't notice it before.")).not.toContain('blames the customer');
    expect(respect('The delivery date is an estimate, not a promise.')).toContain('refuses responsibility');
    expect(respect('I hope you can be a bit patient while we look.')).toContain('dismisses the problem');
    expect(respect('Thank you for being patient while we look.')).not.toContain('dismisses the problem');
    expect(respect("You're supposed to inspect the parcel before the courier leaves.")).toContain('blames the customer');
    expect(respect('We are supposed to call you before we arrive.')).not.toContain('blames the customer');
    expect(respect('That is between you and your bank, I am afraid.')).toContain('refuses responsibility');
    // Agreement and sympathy, not dismissal or blame:
    expect(respect("The portal says it's paid when it obviously hasn't reached you.")).not.toContain('dismisses the problem');
    expect(respect("A letter demanding it back as if you'd done something wrong.")).not.toContain('blames the customer');
  });

  it('hears a feeling thrown back as a question as mockery, and "would make anyone…" as recognition', () => {
    expect(empathy("Worried? It's one missed visit, not the end of the world.")).not.toContain('names the feeling');
    expect(empathy("I can hear how worried you are, and I've chased the engineer.")).not.toEqual([]);
    expect(empathy("Waiting in all day would make anyone's blood boil, and I've chased it.")).not.toEqual([]);
    expect(empathy("That's a lot to deal with on your own, and I've chased it.")).not.toEqual([]);
  });

  it('hears a tag question or a groan shared with the customer as sympathy, not a taunt', () => {
    const shared = "Oh, I completely understand - the waiting is the hardest part, isn't it?";
    expect(respect(shared)).not.toContain('rhetorical or loaded question');
    expect(respect(shared)).not.toContain('sarcasm: certainty, praise or exaggeration that means the opposite');
    expect(respect("The engineer is busy, isn't it?")).toContain('rhetorical or loaded question');
    expect(respect("Ugh, I'm so sorry, that's rough.")).not.toContain('mocks the customer');
  });

  it('recognises everyday ways of acknowledging the experience', () => {
    expect(empathy("I'd be livid too and I've chased it for you.")).toContain('recognises their experience');
    expect(empathy("Fingers crossed for you and I've chased it.")).toContain('cares about the person');
    expect(empathy("Headaches every day is no joke and I've booked the engineer.")).toContain('recognises their experience');
    expect(empathy("You're not the first to ask and I've checked it for you.")).toContain('recognises their experience');
  });

  it('measures how much of a point the reply says anywhere, across sentences and phrasings', () => {
    const turn = {
      customer: 'My glasses arrived with the wrong prescription.',
      keyPoints: [
        {
          id: 'remake',
          description: 'Remake the lenses free of charge',
          examples: ['we will remake the lenses at no cost', 'new lenses, free, ready Friday'],
        },
      ],
    };
    const overlap = (text: string) => scoreReply(text, turn).keyPoints[0]!.overlap;
    expect(overlap('The lenses will be remade. It is free. They are ready Friday.')).toBeGreaterThanOrEqual(0.5);
    expect(overlap('Sorry to hear that.')).toBe(0);
    expect(overlap("We won't remake the lenses.")).toBeLessThan(overlap('We will remake the lenses.'));
  });

  it('matches a key point stated in the negative only by a reply that says the same negative', () => {
    const points = {
      customer: 'You charged me £380 for a scratch but the agent signed the car in as clean.',
      keyPoints: [
        {
          id: 'evidence',
          description: 'Confirm the check-in sheet shows no damage',
          examples: ['the check-in sheet shows no damage recorded'],
        },
        { id: 'no_pressure', description: 'Take away the deadline', examples: ["there's no deadline for paying"] },
      ],
    };
    const covered = (text: string) =>
      scoreReply(text, points)
        .keyPoints.filter((k) => k.covered)
        .map((k) => k.id);
    expect(covered('I checked: your check-in sheet was marked no damage.')).toContain('evidence');
    expect(covered('I checked: your check-in sheet was marked as damaged.')).not.toContain('evidence');
    expect(covered('The deadline for paying is Friday.')).not.toContain('no_pressure');
  });
});
