/**
 * The same ideas as cues.ts, as English mail in Japan says them (foreign-capital firms, their
 * applicant-tracking systems, global recruiters, and applicants writing back in English). An
 * English cue raises the Japanese cue of the same id, so the weights the model learned from
 * Japanese mail carry over to English mail, of which the labeled set has far less. Case is
 * ignored. Only cues with a clear English counterpart are here.
 */
export const ENGLISH_CUES: Readonly<Record<string, RegExp>> = {
  regret:
    /\bunfortunately\b|\bregret to\b|\b(?:we are|we're|I am|I'm) sorry to (?:inform|let you know|say|share)\b/i,
  decline_decision:
    /\bnot (?:to )?(?:move|moving|proceed|proceeding|progress|progressing|go|going|continue|continuing) (?:forward|further|ahead)\b|\b(?:decided|chosen|opted) to (?:move forward|proceed|continue|go ahead) with (?:other|another|a different)\b|\bnot (?:been )?(?:successful|selected|shortlisted)\b|\bunsuccessful\b|\b(?:will|won't|will not) (?:not )?be (?:progressing|moving forward|taking your application)\b|\bnot (?:be )?able to offer you\b|\bnot in a position to offer\b/i,
  future_wish:
    /\bwish(?:ing)? you (?:(?:all )?the )?(?:very )?(?:best|success|luck)\b|\b(?:best of luck|every success) (?:in|with) your\b/i,
  many_applicants:
    /\b(?:large|high|significant) (?:number|volume) of (?:applications|applicants|candidates)\b|\bhighly competitive\b|\bafter careful (?:consideration|review)\b|\bstrong (?:pool|field) of\b/i,
  reapply:
    /\bre-?apply\b|\bapply again\b|\btalent (?:pool|community|network)\b|\bkeep your (?:details|cv|resume|profile|application) on (?:file|record)\b|\bfuture (?:roles|openings|opportunities|positions|vacancies)\b|\bother (?:roles|positions|openings|opportunities) (?:at|with) (?:us|our)\b/i,
  pass: /\byou(?:'ve| have) (?:passed|cleared|been selected for)\b|\b(?:passed|cleared) the (?:first|second|1st|2nd|technical|phone|online)\b|\bnext (?:round|stage)\b|\b(?:second|2nd|third|3rd) (?:round|interview|stage)\b/i,
  advance:
    /\b(?:move|moving|invite|inviting|progress|advance) you (?:forward |on )?to (?:the )?(?:next|second|final|2nd|3rd|onsite|panel)\b|\b(?:like|love|happy|pleased) to invite you (?:to|for)\b|\bwants? to (?:see|meet) you (?:again|for)\b/i,
  choose_dates:
    /\b(?:your|share your|send (?:me |us )?your) availability\b|\bbook a (?:time|slot)\b|\b(?:choose|pick|select) (?:a|your|one of the) (?:time|slot|date)s?\b|\btime ?slots?\b|\bscheduling link\b|\bwhich (?:of these )?(?:times|dates|slots) (?:work|suit)\b/i,
  stage_interview: /\binterview/i,
  stage_final: /\bfinal[- ](?:round|interview|stage)\b/i,
  test: /\bcoding (?:test|challenge|exercise)\b|\bonline (?:test|assessment)\b|\baptitude test\b|\bassessment cent(?:re|er)\b|\blive coding\b/i,
  datetime:
    /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{1,2}(?::\d{2})? ?(?:am|pm)\b/i,
  confirm_time:
    /\b(?:is|are|has been|have been) (?:now )?confirmed\b|\breminder\b|\breschedul|\b(?:move|moved|change|changed|push|pushed|shift|postpone|postponed) (?:our|your|the) (?:interview|meeting|call|session|chat)\b|\binvitation:|\bhas invited you to\b|\bupdated invitation\b|\blooking forward to (?:seeing|meeting|speaking with) you\b/i,
  booking: /\b(?:booking|reservation) (?:is )?confirmed\b|\byou(?:'re| are) (?:all )?booked\b/i,
  venue:
    /\breception\b|\bvenue\b|\bmeeting (?:link|room|url)\b|\bjoin(?:ing)? (?:link|details|instructions)\b|\bdial-in\b|\bfloor\b/i,
  documents:
    /\b(?:cv|résumé|resume|transcripts?|portfolio|cover letter|writing sample|work samples?|references?)\b/i,
  submit:
    /\bsubmit\b|\bupload\b|\bsend (?:us|me) (?:your|an?|the)\b|\b(?:sign and return|return (?:the|a) signed|e-?sign)\b|\btake-?home\b/i,
  offer_word: /\boffer (?:of employment|letter)\b|\bjob offer\b/i,
  offer_decision:
    /\b(?:pleased|delighted|happy|thrilled|excited) to (?:offer|extend)\b|\bwould like to (?:offer|extend) you\b|\b(?:make|extend|making|extending) you an offer\b|\bwe(?:'d| would) love (?:to have you|for you to) join\b/i,
  offer_terms:
    /\bcompensation\b|\bbase salary\b|\bsign(?:ing)?-?on bonus\b|\bstart(?:ing)? date\b|\bpackage\b|\bequity\b|\bstock options\b|\brsus?\b|\bnotice period\b/i,
  offer_meeting:
    /\boffer (?:call|chat|meeting|discussion|review|conversation|walk-?through)\b|\bcompensation (?:review|discussion|meeting|call)\b|\b(?:go|walk) (?:over|through) (?:the |your )?(?:offer|package|terms)\b|\bdiscuss (?:the |your )?(?:offer|terms|package|conditions)\b/i,
  casual_talk:
    /\bcasual (?:chat|meeting|conversation|talk)\b|\bcoffee chat\b|\binformal (?:chat|conversation)\b/i,
  in_progress:
    /\bstill (?:reviewing|deciding|considering|discussing|waiting|in (?:discussion|review))\b|\btaking (?:a bit |a little )?longer\b|\bdelay(?:ed|s)?\b|\bon hold\b|\bnot yet (?:made|reached|decided|finali[sz]ed)\b|\bdecision (?:by|next week|early|later|within)\b|\bupdate on (?:your|the) (?:candidacy|application|process|timeline)\b/i,
  will_contact:
    /\b(?:get|come) back to you\b|\bbe in touch\b|\blet you know (?:by|as soon|once|when|within)\b|\bwill (?:contact|update|reach out to) you\b/i,
  apology: /\bsorry\b|\bapologi[sz]e\b|\bapologies\b/i,
  thanks_applying: /\bthank(?:s| you) for (?:your )?(?:applying|application|interest in)\b/i,
  received:
    /\b(?:we(?:'ve| have)|I(?:'ve| have)) (?:received|got)\b|\bhas been (?:received|submitted|uploaded)\b|\b(?:submitted|uploaded|received) successfully\b|\bconfirm(?:ing)? (?:that )?(?:we(?:'ve| have) )?(?:received|receipt)\b|\bgot your\b/i,
  auto_mail:
    /\bautomatic(?:ally)? (?:reply|generated|sent)\b|\bauto-?reply\b|\bdo not reply\b|\bno-?reply\b|\bthis is an automated\b/i,
  mass: /\bunsubscribe\b|\bnewsletter\b|\bwebinar\b|\bmeetup\b|\bjob alerts?\b|\bcame across your profile\b/i,
  self_intro: /\bmy name is\b|\bI (?:recently )?(?:applied|interviewed) for\b/i,
  thanks_interview:
    /\bthank you (?:so much |very much )?for (?:taking the time|the (?:opportunity|interview)|meeting with me|speaking with me)\b/i,
  inquiry:
    /\bI (?:was|am) wondering\b|\bany update\b|\bstatus of my application\b|\bfollow(?:ing)? up on my\b/i,
  withdraw:
    /\bwithdraw\b|\bdecline (?:the|your) (?:offer|invitation)\b|\bnot (?:be )?(?:able to )?accept(?:ing)? (?:the|your) offer\b/i,
  reply_accept:
    /\bI(?:'d| would) like to (?:accept|confirm|attend)\b|\bI (?:will|am happy to|'m happy to) (?:accept|attend|join)\b|\bworks (?:well )?for me\b|\bI(?:'m| am) available\b|\bI accept\b|\bI can (?:make|attend|do)\b/i,
  you_company: /\byour (?:company|firm|organi[sz]ation)\b/i,
  we_company: /\bour (?:team|company|firm|office|hiring|recruiting)\b/i,
  thanks_contact:
    /\bthank(?:s| you) for (?:your (?:email|reply|message|note|response)|getting back|reaching out|letting (?:me|us) know)\b/i,
  user_request: /\bcould you\b|\bwould it be possible\b|\bI would appreciate\b|\bwould you mind\b/i,
};

/** Whether a text reads as English at all (most Japanese mail does not, and skips the list). */
export function looksEnglish(text: string): boolean {
  return ENGLISH_WORDS.test(text);
}

/**
 * Words nearly every English mail has and Japanese mail lacks. One regex: a native scan of a
 * long Japanese mail for all of them at once costs a third of fifteen substring searches.
 */
const ENGLISH_WORDS = / the | you| to | is | for | of | and | on | we |I |The |You|Thank|Dear |Hi /;
