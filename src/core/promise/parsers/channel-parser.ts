import type { Channel, PromiseParser } from '../types.js';

/** メール / 電話 / マイページ・採用サイト (spec "Flags"). The first one named is kept. */
export const channelParser: PromiseParser = {
  name: 'channel',
  pattern:
    /(?<email>メール|e-?mail|Eメール)|(?<phone>電話|TEL|携帯)|(?<portal>マイページ|My\s?Page|採用サイト|採用ページ|採用ホームページ|応募サイト|専用サイト|専用ページ|採用管理|応募者ページ|ポータル)/gi,
  extract(m, span) {
    const g = m.groups ?? {};
    const value: Channel = g.email ? 'email' : g.phone ? 'phone' : 'portal';
    return { flag: 'channel', value, span };
  },
};
