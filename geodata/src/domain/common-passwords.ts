/**
 * Passwords people pick first, refused for accounts: the ones that lead every published list of
 * leaked passwords (numbers in a row, keyboard walks, "password"), the ones common among Chinese
 * users (5201314 "我爱你一生一世", woaini, pinyin and date-like patterns), and the ones an office
 * would guess for itself (wangge, admin, the county's name). Compared in lower case.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '12345678', '123456789', '1234567890', '0123456789', '87654321', '98765432', '11111111', '00000000',
  '88888888', '66666666', '99999999', '12341234', '11223344', '12344321', '11112222', '123123123',
  '147258369', '987654321', '1qaz2wsx', '1q2w3e4r', '1q2w3e4r5t', 'qwertyui', 'qwertyuiop', 'asdfghjk',
  'asdfghjkl', 'zxcvbnm1', 'qazwsxedc', 'password', 'password1', 'password123', 'passw0rd', 'p@ssw0rd',
  'p@ssword', 'iloveyou', 'abc12345', 'abcd1234', 'a1234567', 'a12345678', 'aa123456', 'aa12345678',
  'qq123456', 'abc123456', 'a123456789', 'woaini1314', 'woaini520', 'woaini123', '5201314', '52013140',
  '520131400', '13145200', '1314520520', 'wangge123', 'wangge2026', 'admin123', 'admin1234', 'admin888',
  'admin@123', 'administrator', 'root1234', 'test1234', 'guest123', 'welcome1', 'changeme', 'letmein1',
  'dafang123', 'dafang2026', 'bijie123', 'guizhou1', 'zhongguo', 'zhongguo1', 'china123', 'beijing1',
  'shanghai', 'huawei123', 'xiaomi123', 'computer', 'internet', 'football', 'baseball', 'superman',
  'sunshine', 'princess', 'dragon12', 'monkey12', 'master12', 'trustno1', 'whatever', 'qwer1234',
  'asdf1234', 'zxcv1234', '1234qwer', '1234abcd', 'aaaaaaaa', 'abcdefgh', 'abcdefg1', '12qwaszx',
  '123qweasd', 'qweasdzxc', 'q1w2e3r4', 'z1x2c3v4', '7758521', '77585210', '123456aa', '123456qq',
  '20262026', '20252025', '20242024', '19901990', '19881988', '12301230', '147852369', '159357456',
]);
