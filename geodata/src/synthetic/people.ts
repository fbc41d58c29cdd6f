/**
 * Made-up people: names drawn from common surnames (plus a few Yi surnames of north-west
 * Guizhou: 安, 陇, 禄) and everyday given-name characters, and phone numbers whose middle four
 * digits are 0000 so that none can reach a real subscriber by accident. Never real people.
 */
import { intBetween, pick, type Rng } from './prng.ts';

const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何',
  '罗', '高', '林', '郑', '梁', '谢', '宋', '唐', '邓', '彭', '曾', '肖', '田', '袁', '余', '蒋', '龙',
  '安', '陇', '禄', '熊', '蔡', '丁', '韦', '潘', '付', '雷', '陆', '邹',
];
const GIVEN = [
  '明', '华', '芳', '丽', '军', '伟', '勇', '静', '敏', '强', '磊', '洋', '艳', '娟', '涛', '斌', '鹏',
  '霞', '婷', '雪', '琴', '燕', '红', '兰', '春', '秀', '文', '俊', '超', '波', '平', '刚', '杰', '英',
  '梅', '玲', '飞', '建', '国', '林', '德', '福', '海', '云', '峰', '辉', '亮', '成', '永', '志', '学',
  '光', '祥', '荣', '婧', '倩', '蕾', '晨', '宇', '欣', '佳', '怡', '昊', '然', '韬', '琳', '莉', '嘉',
];
const MOBILE_PREFIXES = ['133', '135', '136', '137', '138', '139', '150', '151', '152', '158', '159', '173', '177', '180', '182', '183', '185', '187', '188', '189'];

export interface PeopleMaker {
  name(): string;
  /** 11 digits, 1xx-0000-xxxx */
  phone(): string;
}

export function peopleMaker(rng: Rng): PeopleMaker {
  const names = new Set<string>();
  const phones = new Set<string>();
  return {
    name() {
      for (;;) {
        const given = rng() < 0.3 ? pick(rng, GIVEN) : pick(rng, GIVEN) + pick(rng, GIVEN);
        const name = pick(rng, SURNAMES) + given;
        if (given.length === 2 && given[0] === given[1]) continue;
        if (!names.has(name)) {
          names.add(name);
          return name;
        }
      }
    },
    phone() {
      for (;;) {
        const phone = `${pick(rng, MOBILE_PREFIXES)}0000${String(intBetween(rng, 0, 9999)).padStart(4, '0')}`;
        if (!phones.has(phone)) {
          phones.add(phone);
          return phone;
        }
      }
    },
  };
}
