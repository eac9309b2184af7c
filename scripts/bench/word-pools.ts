/** Vocabulary for synthetic records: real legal words in the three scripts the atlas holds. */
export const ENGLISH = (
  'stalking stalker stalked harassment harassing threat threatening coercion extortion blackmail ' +
  'intimate image images recording recorded filming camera video distribution distributing sharing shared ' +
  'publication published consent without against will person victim offender child children minor ' +
  'partner former spouse family domestic violence sexual sexually explicit material content message ' +
  'messages online network networks computer system electronic communication means device internet ' +
  'platform social media account profile personal data location identity impersonation surveillance ' +
  'monitoring tracking repeated repeatedly continuous persistent conduct act acts offense offence crime ' +
  'criminal penalty penalties imprisonment fine prison term years months aggravated aggravation basic ' +
  'form attempt punishable prosecution complaint objection court judge public prosecutor police ' +
  'evidence fear anxiety distress harm serious insecurity safety dignity reputation honour insult ' +
  'defamation hatred hate incitement bias motive discrimination gender women girls deepfake synthetic ' +
  'manipulated altered edited fabricated false obscene indecent unsolicited grooming solicitation luring ' +
  'meeting abuse exploitation pornography possession viewing purchase storage profit commercial habitual ' +
  'confiscation protective order restraining emergency measure article paragraph code act statute law ' +
  'amendment repealed force enacted directive convention standard obligation member states parties'
).split(' ');

export const MACEDONIAN = (
  'кривично дело казна затвор парична демнење вознемирување полово закана загрозување сигурноста ' +
  'присилба изнуда уцена дете деца лице жртва сторител насилство семејно родово базирано жени ' +
  'компјутерски систем електронски средства комуникација снимање фотографирање неовластено лични ' +
  'податоци злоупотреба порнографски материјал детска порнографија намамување обљуба сексуално ' +
  'дејствие омраза раздор нетрпеливост расистички ксенофобичен ширење навреда клевета став член ' +
  'законик кривичен поранешен партнер интимна врска страв вознемиреност несигурност безбедност ' +
  'гонење службена должност приватна тужба предлог обид казнив'
).split(' ');

/** Korean legal words; particles are added at random to make compounds such as 스토킹범죄의. */
export const KOREAN = (
  '스토킹범죄 스토킹행위 처벌 성폭력범죄 촬영물 허위영상물 편집물 반포 유포 협박 강요 아동 청소년 ' +
  '성착취물 정보통신망 명예훼손 모욕 공갈 피해자 가해자 징역 벌금 미수범 상습 영리 목적 의사 ' +
  '신체 카메라 기계장치 소지 구입 저장 시청 편집 합성 가공 성적 욕망 수치심 불안감 공포심 ' +
  '접근 따라다니기 주거 직장 학교 개인정보 위치정보 사칭 통신매체 음란행위 대화 유인 권유 ' +
  '성보호 특례법 형법 흉기 위험한 물건 반의사불벌 고소 공소 몰수 추징'
).split(' ');
export const KOREAN_PARTICLES = ['', '', '', '의', '를', '을', '에', '으로', '등', '등의', '에서'];

/** Words planted in a few documents, so the query set has rare terms with known answers. */
export const RARE_ENGLISH = [
  'upskirting',
  'cyberflashing',
  'doxxing',
  'sextortion',
  'catfishing',
  'nudify',
];
