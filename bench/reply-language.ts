/**
 * Per-call cost of the reply normalisers in engine/scoring on replies of about 200 characters:
 * language identification, British spelling and misspelling correction (the latter both on first
 * sight of a reply's words and with the per-vocabulary memory warm). Prints `BENCH` lines.
 */
import { identifyLanguage } from '../engine/scoring/language';
import { correctMisspellings, misspellingIndex } from '../engine/scoring/misspellings';
import { toBritishSpelling } from '../engine/scoring/spelling-variants';

const bench = (name: string, value: number, unit: string) => console.log(`BENCH ${name} ${Number(value.toFixed(2))} ${unit}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const ENGLISH = [
  'I am so sorry about the delay with your order, Mrs Adeyemi. I have checked your account and the refund of 49.99 has been issued today; it should reach you in 3-5 working days.',
  'im realy sory about this, i completly understand how frustating it is. ive checked ur acount and the refund will be done today, you should recieve it by friday at the latest.',
  'Kindly bear with us, I will revert shortly. I have escalated the matter to my supervisor Mr Okonkwo and he will call you latest tomorrow morning to sort it out for you.',
  "Thanks for waiting, Priya. I apologize for the canceled booking; I realize this isn't the behavior you expect from us. I've rebooked the same flight from Bangalore.",
  'pls hold, will chk ur acct asap. sry for the wait, we r on it. the tech team is looking at the outage in Kisumu now and i will update u as soon as i hear back.',
  "Hi Chidi, I completely understand and I'm sorry this happened. The replacement has been dispatched by courier and you'll get a tracking number by email within the hour.",
  'Unfortunatly the item is out of stock, but I can definately offer you a full refund or a similar model at the same price. Which would you prefer? I appreciate your patience.',
  'Your parcel left Guadalajara this morning and the courier expects to deliver it to your address on Monday between 9am and 1pm. I will send the tracking link by text.',
];
const FOREIGN = [
  'Lo siento mucho por el retraso con su pedido, señora. He revisado su cuenta y el reembolso de 49,99 se ha emitido hoy; debería llegarle en 3 a 5 días hábiles.',
  "Je suis vraiment désolé pour le retard de votre commande. J'ai vérifié votre compte et le remboursement a été effectué aujourd'hui; vous le recevrez sous 5 jours.",
  'Es tut mir sehr leid wegen der Verzögerung Ihrer Bestellung. Ich habe Ihr Konto geprüft und die Rückerstattung wurde heute veranlasst; sie kommt in 3 bis 5 Tagen.',
  'Pole sana kwa kuchelewa kwa oda yako. Nimeangalia akaunti yako na tutakurudishia pesa yako leo; utazipata ndani ya siku tatu hadi tano za kazi. Asante kwa subira yako.',
];
const VOCABULARY = new Set(
  'sorry really apologise apologies understand frustrating receive received definitely appreciate refund refunded inconvenience unfortunately immediately account patience completely'.split(
    ' ',
  ),
);

/** Mean µs per call of `f` over `replies`, median of `rounds` rounds of `loops` passes. */
function perCall(replies: readonly string[], f: (reply: string) => unknown, rounds = 25, loops = 200): number {
  for (let i = 0; i < loops; i++) for (const r of replies) f(r);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    for (let i = 0; i < loops; i++) for (const r of replies) f(r);
    samples.push(((performance.now() - start) * 1000) / (loops * replies.length));
  }
  return median(samples);
}

/**
 * µs per reply when none of its words has been looked up before (a fresh vocabulary memory each
 * round): the median over replies of each reply's median over rounds.
 */
function firstSight(replies: readonly string[], rounds = 200): number {
  const samples = replies.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    const vocabulary = new Set(VOCABULARY);
    misspellingIndex(vocabulary);
    replies.forEach((r, i) => {
      const start = performance.now();
      correctMisspellings(r, vocabulary);
      if (round >= 20) samples[i]!.push((performance.now() - start) * 1000);
    });
  }
  return median(samples.map(median));
}

const lower = ENGLISH.map((r) => r.toLowerCase());
bench('language.english_200', perCall(ENGLISH, identifyLanguage), 'us');
bench('language.foreign_200', perCall(FOREIGN, identifyLanguage), 'us');
bench('spelling.british_200', perCall(lower, toBritishSpelling), 'us');
bench('spelling.misspellings_first_sight_200', firstSight(lower), 'us');
bench(
  'spelling.misspellings_warm_200',
  perCall(lower, (r) => correctMisspellings(r, VOCABULARY)),
  'us',
);
