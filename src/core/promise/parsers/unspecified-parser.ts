import type { PromiseParser } from '../types.js';

/** No time given: 後日, 追って, 改めて, 結果が出次第, 決まり次第 (spec kind `unspecified`). */
export const unspecifiedParser: PromiseParser = {
  name: 'unspecified',
  hints: '後追お改あ次の別折',
  pattern:
    /後日|後ほど|のちほど|追って|おって|改めて|あらためて|別途|折り返し|(?:決まり|出|分かり|わかり|確定し|まとまり|揃い|そろい)次第|選考(?:が)?(?:終わり|終了し)次第/g,
  extract(_m, span) {
    return { flag: 'unspecified', span };
  },
};
