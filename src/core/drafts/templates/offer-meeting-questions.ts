import { composeEmail } from '../compose.js';
import { EMAIL_PARTS, type DraftTemplate } from '../template.js';
import { OFFER_TOPICS, type OfferTopic } from '../types.js';

/** The 8 things to confirm at an オファー面談 (001), as the user words them. */
export const OFFER_TOPIC_LABELS: Record<OfferTopic, string> = {
  offer_letter: '内定通知書の内容',
  employment_terms: '雇用条件',
  department: '配属部署',
  duties: '具体的な業務内容',
  company_systems: '社内制度',
  benefits: '福利厚生',
  salary_raises: '給与・昇給の条件',
  start_date: '入社日',
};

export const offerMeetingQuestions: DraftTemplate = {
  id: 'offer_meeting_questions',
  medium: 'email',
  label: { ja: 'オファー面談に向けたご質問', en: 'Questions before an offer meeting' },
  when: { ja: 'オファー面談の前', en: 'before an offer meeting' },
  source: ['001'],
  requiredParts: EMAIL_PARTS,
  inquiry: false,
  uses: ['fields.offerQuestions'],
  render: (ctx, b) => {
    const asked = OFFER_TOPICS.flatMap((t) => {
      const q = ctx.fields?.offerQuestions?.[t]?.trim();
      return q ? [`${OFFER_TOPIC_LABELS[t]}：${q}`] : [];
    });
    const list =
      asked.length > 0
        ? asked.map((q, i) => `${i + 1}. ${q}`)
        : [`1. ${b.fill(undefined, 'offer_questions', '確認したいこと', 'your questions')}`];
    return composeEmail(ctx, b, {
      matter: 'オファー面談に向けたご質問',
      paragraphs: [
        [
          'このたびはオファー面談の機会を設けていただき、誠にありがとうございます。',
          '当日のお話を有意義なものにするため、事前に確認したい点を下記にまとめました。',
        ],
        list,
        ['当日のご説明の中で伺えましたら十分ですので、事前のご回答には及びません。'],
      ],
    });
  },
};
