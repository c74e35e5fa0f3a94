import { describe, expect, it } from 'vitest';
import { identifyLanguage } from '../../engine/scoring/language';

const ENGLISH_REPLIES = [
  'ok thanks',
  'ok',
  'Yes',
  'Noted.',
  'Sorry!',
  'No problem',
  "I'm on it",
  'Refund done, 3-5 days.',
  'pls hold, will chk ur acct asap',
  'i have reset ur pwd, pls login again',
  'we r on it',
  'Is it in?',
  'So sorry about that!',
  'Done. Ref ABX-99231.',
  'the xr-200 firmware is updated',
  // Nigerian, Indian and Kenyan English
  'I am very sorry madam, the refund will reach you latest tomorrow',
  'Abeg no vex, I go fix am now now',
  'Kindly bear with us, I will revert shortly',
  'Please do the needful and share your order number',
  'Apologies Priya, I will check with the Bangalore team and revert back',
  'Sorry for the inconvenience, we shall sort you out sasa',
  'ok sawa, done',
  // a customer's foreign name, a place name
  'Thanks Oluwaseun, your refund is on its way',
  'thanks ngozi',
  'Hey Chidi, sorted!',
  'Hi Mr Nakamura-Fernández, done',
  'Welcome to Ouagadougou, Ngozi',
  'Kwame, your SIM is activated',
  'Dear Mrs Wanjiku, your order is confirmed',
  'I have escalated it to my supervisor Mr Okonkwo',
  'The courier will deliver to Kisumu on Monday',
  'Your flight from Los Angeles to San José is rebooked',
  'Your parcel left Guadalajara this morning',
  // English with one foreign phrase
  'Lo siento, I will fix it now',
  'I understand, gracias for your patience, the refund is done',
  'Muchas gracias! I have refunded the full amount to your card',
];

const FOREIGN_REPLIES: Array<[text: string, code: string, name: string]> = [
  ['Lo siento mucho', 'spa', 'Spanish'],
  ['Lo siento mucho por el retraso, le devolveremos el dinero hoy.', 'spa', 'Spanish'],
  ['No me gusta nada', 'spa', 'Spanish'],
  ['Muchas gracias señora', 'spa', 'Spanish'],
  ['Je suis vraiment désolé', 'fra', 'French'],
  ['Nous allons vous rembourser demain', 'fra', 'French'],
  ['Merci beaucoup madame', 'fra', 'French'],
  ['Es tut mir leid', 'deu', 'German'],
  ['Wir erstatten Ihnen das Geld zurück', 'deu', 'German'],
  ['Ich kümmere mich sofort darum', 'deu', 'German'],
  ['Sinto muito pelo atraso', 'por', 'Portuguese'],
  ['Lamento muito, vou resolver isso agora', 'por', 'Portuguese'],
  ['Mi dispiace molto', 'ita', 'Italian'],
  ['Grazie per la pazienza', 'ita', 'Italian'],
  ['Pole sana kwa usumbufu', 'swh', 'Swahili'],
  ['Tutakurudishia pesa yako kesho', 'swh', 'Swahili'],
  ['Asante sana rafiki', 'swh', 'Swahili'],
  ['Het spijt me echt', 'nld', 'Dutch'],
  ['We betalen uw geld morgen terug', 'nld', 'Dutch'],
  ['Ẹ jọ̀ọ́ ẹ má bínú', 'yor', 'Yoruba'],
  ['Mo mọ̀ pé ó dùn ọ́ gan an', 'yor', 'Yoruba'],
  ['Yi hakuri sosai da jinkiri', 'hau', 'Hausa'],
  ['Za mu mayar maka da kuɗinka gobe', 'hau', 'Hausa'],
  ['Przepraszam za opóźnienie', 'pol', 'Polish'],
  ['Простите за задержку', 'rus', 'Russian'],
  ['ご迷惑をおかけして申し訳ありません', 'jpn', 'Japanese'],
];

describe('identifyLanguage', () => {
  it.each(ENGLISH_REPLIES)('reports the English reply "%s" as English', (text) => {
    expect(identifyLanguage(text)).toEqual({ english: true, language: 'eng', name: 'English' });
  });

  it.each(FOREIGN_REPLIES)('reports "%s" as not English, naming %s (%s)', (text, language, name) => {
    expect(identifyLanguage(text)).toEqual({ english: false, language, name });
  });

  it.each(['', '   ', '...', '?!', '123 456', '—'])('reports %j, which has no words, as undetermined', (text) => {
    expect(identifyLanguage(text)).toEqual({ english: false, language: 'und', name: '' });
  });

  it('reports a long English reply as English', () => {
    const reply =
      'I am so sorry about the delay with your order, Mrs Adeyemi. I have checked your account and the refund of 49.99 has ' +
      'been issued today; it should reach you in 3-5 working days. Thank you for waiting.';
    expect(identifyLanguage(reply).english).toBe(true);
  });

  it('reports a reply that is mostly Spanish with a few English words as Spanish', () => {
    expect(identifyLanguage('Hola señora, lo siento mucho por el retraso, refund hoy')).toEqual({
      english: false,
      language: 'spa',
      name: 'Spanish',
    });
  });
});
