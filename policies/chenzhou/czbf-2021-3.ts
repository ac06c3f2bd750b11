import {
  amount,
  anyOf,
  atLeast,
  defineDocument,
  field,
  is,
  level,
  over,
} from '../../src/modules/policy/define.js';

/**
 * 郴政办发〔2021〕3号 郴州市支持跨境电子商务产业高质量发展的若干措施（试行）, source
 * /work/shared/seeds/001_2e12b900262e632b.txt (copy beside this file). Each article below carries its
 * verbatim text and the rules, caps and groups it states; docs/policies.md explains every reading.
 */

const RECOGNISED_PARK = {
  zh: '经省或市商务部门认定的跨境电子商务产业园区，或已被评定的省级电子商务示范基地',
  en: 'a park recognised by the provincial or city commerce department, or a provincial e-commerce demonstration base',
};

export const CZBF_2021_3 = defineDocument({
  key: 'czbf-2021-3',
  series: 'chenzhou-cbec-measures',
  zone: 'chenzhou',
  docNumber: '郴政办发〔2021〕3号',
  title: '郴州市支持跨境电子商务产业高质量发展的若干措施（试行）',
  citeAs: '郴政办发〔2021〕3号',
  issuer: { zh: '郴州市人民政府办公室', en: 'General Office of the Chenzhou Municipal People’s Government' },
  stage: 'issued',
  issued: '2021-02-23',
  // The text states no term; the government site gives 发文日期 2021-02-23 and 信息时效期 2026-02-23,
  // read as the last day in force (decision D3).
  validity: { from: '2021-02-23', until: '2026-02-23' },
  validityNote: {
    zh: '发文日期 2021-02-23；信息时效期 2026-02-23（按有效期最后一日理解）',
    en: 'issued 2021-02-23; the site’s information validity 2026-02-23, read as the last day in force',
  },
  source: {
    file: '001_2e12b900262e632b.txt',
    metadata: {
      索引号: '763261399/2021-3258840',
      统一登记号: 'CZCR-2021-01001',
      发文日期: '2021-02-23',
      登记日期: '2021-02-26',
      信息时效期: '2026-02-23',
      公开责任部门: '郴州市商务局',
    },
  },
  articles: [
    {
      id: 'notice',
      label: '通知',
      section: null,
      text: '各县市区人民政府，市政府各工作部门，中省驻郴各单位：\n《郴州市支持跨境电子商务产业高质量发展的若干措施（试行）》已经市人民政府同意，现印发给你们，请认真组织实施。',
    },
    {
      id: 'preamble',
      label: '序言',
      section: null,
      text: '为认真贯彻落实《国务院关于同意在雄安新区等46个城市和地区设立跨境电子商务综合试验区的批复》（国函〔2020〕47号）、《中国（郴州）跨境电子商务综合试验区实施方案》（湘政发〔2020〕14号）等文件精神，扎实推进中国（郴州）跨境电子商务综合试验区（以下简称郴州综试区）建设，结合郴州实际，制定如下措施。',
    },
    {
      id: '1',
      label: '一',
      section: '一、支持范围',
      text: '在郴州市依法注册、纳税的具有独立法人资质，有跨境电商进出口业绩且纳入郴州海关跨境贸易电商统计体系的跨境电子商务企业、跨境电商配套服务企业、园区、相关公共服务机构（组织）以及政府批准的支持机构。',
      // 支持范围 binds every item: registered and taxed in Chenzhou, a legal person, with CBEC
      // performance and in Chenzhou customs' CBEC statistics.
      scope: () => [
        is('registeredAndTaxedInZone'),
        is('independentLegalPerson'),
        is('hasCbecTradeRecord'),
        is('inCustomsCbecStatistics'),
      ],
    },
    {
      id: '2.1',
      label: '二（一）',
      section: '二、支持跨境电子商务园区和孵化体系建设',
      text: '（一）对经省或市商务部门认定的跨境电子商务产业园区或已被评定的省级电子商务示范基地，当年新入驻有跨境电商业绩的企业超过10家且跨境电商进出口总额达到3000万美元，给予园区建设单位300万元（人民币，下同）的一次性奖励；当年新入驻有跨境电商业绩的企业超过20家且跨境电商进出口总额达到5000万美元的，给予园区建设单位500万元的一次性奖励。',
      rules: (a) => [
        {
          id: '2.1/park',
          title: {
            zh: '跨境电子商务产业园区一次性奖励',
            en: 'One-off award to park builders for new cross-border e-commerce tenants',
          },
          kind: 'payment',
          beneficiaries: ['park_operator'],
          // “给予园区建设单位300万元” has no 最高: a fixed amount.
          basis: 'fixed',
          oneOff: true,
          conditions: [
            anyOf(
              RECOGNISED_PARK,
              level('parkRecognitionLevel', 'municipal'),
              is('isProvincialEcommerceDemoBase'),
            ),
          ],
          amount: amount.tiers(
            {
              label: {
                zh: '当年新入驻超过10家且进出口总额达到3000万美元',
                en: 'more than 10 new tenants and at least USD 30 million',
              },
              conditions: [
                over('parkNewCbecTenantsCount', a.count(10, '10家')),
                atLeast('parkCbecImportExportYuan', a.usd('3000万美元')),
              ],
              amount: a.yuan('300万元'),
            },
            {
              label: {
                zh: '当年新入驻超过20家且进出口总额达到5000万美元',
                en: 'more than 20 new tenants and at least USD 50 million',
              },
              conditions: [
                over('parkNewCbecTenantsCount', a.count(20, '20家')),
                atLeast('parkCbecImportExportYuan', a.usd('5000万美元')),
              ],
              amount: a.yuan('500万元'),
            },
          ),
        },
      ],
    },
    {
      id: '2.2',
      label: '二（二）',
      section: '二、支持跨境电子商务园区和孵化体系建设',
      text: '（二）鼓励跨境电商企业向中国（湖南）自贸试验区郴州片区、湘南国际物流园集聚，对新入驻经省级或市级商务部门认定的跨境电子商务产业园区或已被评定的省级电子商务示范基地的跨境电商企业（含设立全资子公司），实际租赁面积（办公、仓储等场所）100平方米以上，且跨境电商进出口总额达到10万美元的，给予每家30%的租金补贴，最高不超过20万元，同时给予最高不超过5万元的一次性开办费补贴。',
      rules: (a) => {
        const tenant = [
          is('enteredRecognisedParkInPeriod'),
          atLeast('parkLeasedAreaM2', a.area(100, '100平方米')),
          atLeast('cbecImportExportYuan', a.usd('10万美元')),
        ];
        return [
          {
            id: '2.2/rent',
            title: { zh: '新入驻园区企业租金补贴', en: 'Rent subsidy for new park tenants' },
            kind: 'payment',
            beneficiaries: ['enterprise'],
            basis: 'fixed',
            conditions: tenant,
            amount: amount.share('parkRentPaidYuan', a.rate('30%')),
            cap: a.yuan('20万元'),
          },
          {
            id: '2.2/opening',
            title: {
              zh: '新入驻园区企业一次性开办费补贴',
              en: 'One-off opening subsidy for new park tenants',
            },
            kind: 'payment',
            beneficiaries: ['enterprise'],
            basis: 'maximum',
            oneOff: true,
            conditions: tenant,
            amount: amount.fixed(a.yuan('5万元')),
          },
        ];
      },
      stacking: [{ id: '2.2/together', rules: ['2.2/rent', '2.2/opening'], text: '同时给予' }],
    },
    {
      id: '3.1',
      label: '三（一）',
      section: '三、支持跨境电子商务平台建设',
      text: '（一）支持郴州综试区线上综合服务平台和线下园区配套建设。对平台建设所需硬件、通用性软件购置、综合服务平台开发及维护和园区配套基础建设等费用给予适当支持。',
      rules: () => [
        {
          id: '3.1/platform-and-park',
          title: {
            zh: '线上综合服务平台和线下园区配套建设费用适当支持',
            en: 'Support for platform and park facility costs (no amount stated)',
          },
          kind: 'unquantified',
          beneficiaries: ['enterprise', 'park_operator'],
          conditions: [is('builtPlatformOrParkFacilities')],
        },
      ],
    },
    {
      id: '3.2',
      label: '三（二）',
      section: '三、支持跨境电子商务平台建设',
      text: '（二）支持跨境电子商务业务性公共服务平台建设。对当年入驻的通过海关特殊监管区域或场所认证、与郴州综试区线上综合服务平台对接且当年跨境电商进出口总额超过2000万美元（含）、5000万美元（含）、1亿美元（含）的第三方公共服务平台，分别给予不超过50万元、100万元、150万元扶持资金。',
      rules: (a) => [
        {
          id: '3.2/public-service-platform',
          title: { zh: '第三方公共服务平台扶持资金', en: 'Support for third-party public service platforms' },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'maximum',
          conditions: [
            is('publicServicePlatformEnteredInPeriod'),
            is('customsSpecialAreaCertified'),
            is('connectedToPlatform'),
          ],
          // “超过2000万美元（含）”: （含） makes 超过 inclusive.
          amount: amount.tiers(
            {
              label: { zh: '进出口总额2000万美元（含）以上', en: 'at least USD 20 million' },
              conditions: [atLeast('cbecImportExportYuan', a.usd('2000万美元'))],
              amount: a.yuan('50万元'),
            },
            {
              label: { zh: '进出口总额5000万美元（含）以上', en: 'at least USD 50 million' },
              conditions: [atLeast('cbecImportExportYuan', a.usd('5000万美元'))],
              amount: a.yuan('100万元'),
            },
            {
              label: { zh: '进出口总额1亿美元（含）以上', en: 'at least USD 100 million' },
              conditions: [atLeast('cbecImportExportYuan', a.usd('1亿美元'))],
              amount: a.yuan('150万元'),
            },
          ),
        },
      ],
    },
    {
      id: '3.3',
      label: '三（三）',
      section: '三、支持跨境电子商务平台建设',
      text: '（三）支持建设跨境电子商务监管中心。对跨境电子商务查验设备采购、辅助设备采购、管理信息系统、全球质量溯源系统及软件系统开发等，按当年投入费用的50%给予补贴，最高不超过100万元。',
      rules: (a) => [
        {
          id: '3.3/supervision-centre',
          title: { zh: '跨境电子商务监管中心建设投入补贴', en: 'Subsidy for supervision centre investment' },
          kind: 'payment',
          beneficiaries: ['enterprise', 'park_operator'],
          basis: 'fixed',
          amount: amount.share('supervisionEquipmentInvestmentYuan', a.rate('50%')),
          cap: a.yuan('100万元'),
        },
      ],
    },
    {
      id: '4.1',
      label: '四（一）',
      section: '四、大力引进培育跨境电子商务经营主体',
      text: '（一）鼓励郴品出海，支持传统企业转型，利用跨境电商拓展国际市场。对当年跨境电商出口总额破零的，给予一次性奖励10万元；达到20万美元（含）的，给予一次性奖励20万元；达到50万美元（含）的，给予一次性奖励50万元。对应用阿里巴巴国际站、速卖通、亚马逊、eBay、wish等第三方交易平台开展跨境电商业务的，按其入驻交易平台年度推广费用的50%予以补助；对在第三方平台上新注册店铺的企业，按平台入驻年费的50%予以补助。以上两项补助单个企业最高不超过50万元。',
      rules: (a) => [
        {
          id: '4.1/export',
          title: {
            zh: '当年跨境电商出口一次性奖励（郴品出海）',
            en: 'One-off award for the year’s cross-border e-commerce exports',
          },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'fixed',
          oneOff: true,
          amount: amount.tiers(
            {
              label: { zh: '出口总额破零', en: 'first exports (above zero)' },
              conditions: [over('cbecExportYuan', a.yuanWords('0', '破零'))],
              amount: a.yuan('10万元'),
            },
            {
              label: { zh: '出口总额达到20万美元（含）', en: 'exports of at least USD 200,000' },
              conditions: [atLeast('cbecExportYuan', a.usd('20万美元'))],
              amount: a.yuan('20万元'),
            },
            {
              label: { zh: '出口总额达到50万美元（含）', en: 'exports of at least USD 500,000' },
              conditions: [atLeast('cbecExportYuan', a.usd('50万美元'))],
              amount: a.yuan('50万元'),
            },
          ),
        },
        {
          id: '4.1/promotion',
          title: {
            zh: '第三方平台年度推广费用补助',
            en: 'Subsidy for promotion fees on third-party platforms',
          },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'fixed',
          amount: amount.share('platformPromotionFeeYuan', a.rate('50%')),
        },
        {
          id: '4.1/new-shop',
          title: {
            zh: '第三方平台新注册店铺入驻年费补助',
            en: 'Subsidy for annual fees of new shops on third-party platforms',
          },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'fixed',
          amount: amount.share('newShopAnnualFeeYuan', a.rate('50%')),
        },
      ],
      // “以上两项补助单个企业最高不超过50万元”: both fees are yearly, so the cap is read per year (D9).
      enterpriseCaps: (a) => [
        {
          id: '4.1/combined',
          label: { zh: '推广费与入驻年费两项合计', en: 'promotion and shop fees together' },
          rules: ['4.1/promotion', '4.1/new-shop'],
          amount: a.yuan('50万元'),
          per: 'year',
        },
      ],
    },
    {
      id: '4.2',
      label: '四（二）',
      section: '四、大力引进培育跨境电子商务经营主体',
      text: '（二）鼓励引进跨境电商龙头企业。对当年跨境电商进出口总额3000万美元以上的跨境电商企业，每家企业给予不超过100万元资金支持；进出口总额1亿美元以上的，每家企业给予不超过200万元资金支持。',
      rules: (a) => [
        {
          id: '4.2/leading',
          title: { zh: '跨境电商龙头企业资金支持', en: 'Support for leading enterprises by trade volume' },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'maximum',
          amount: amount.tiers(
            {
              label: { zh: '进出口总额3000万美元以上', en: 'at least USD 30 million' },
              conditions: [atLeast('cbecImportExportYuan', a.usd('3000万美元'))],
              amount: a.yuan('100万元'),
            },
            {
              label: { zh: '进出口总额1亿美元以上', en: 'at least USD 100 million' },
              conditions: [atLeast('cbecImportExportYuan', a.usd('1亿美元'))],
              amount: a.yuan('200万元'),
            },
          ),
        },
      ],
    },
    {
      id: '4.3',
      label: '四（三）',
      section: '四、大力引进培育跨境电子商务经营主体',
      text: '（三）鼓励跨境电子商务平台企业针对特定国家和地区开设子网站或独立页面。对面向“一带一路”国家与地区开设子网站或独立页面且与目的地区年跨境电商成交额超过500万美元的跨境电子商务平台型企业，一次性给予不超过30万元扶持资金。',
      rules: (a) => [
        {
          id: '4.3/belt-and-road',
          title: {
            zh: '面向“一带一路”开设子网站或独立页面一次性扶持',
            en: 'One-off support for Belt and Road sub-sites',
          },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'maximum',
          oneOff: true,
          conditions: [
            is('isPlatformEnterprise'),
            is('beltAndRoadSubsiteOpened'),
            over('beltAndRoadTransactionYuan', a.usd('500万美元')),
          ],
          amount: amount.fixed(a.yuan('30万元')),
        },
      ],
    },
    {
      id: '4.4',
      label: '四（四）',
      section: '四、大力引进培育跨境电子商务经营主体',
      text: '（四）鼓励建立境内跨境商品O2O线下体验店。对在郴州市建立的跨境电子商务O2O线下体验店，营业面积超过100平方米、500平方米、1000平方米的，一次性给予不超过20万元、50万元、100万元的资金扶持。对开办社区跨境电商O2O体验店的每新增1家体验店，一次性给予5万元资金扶持，单个企业年度最高支持金额不超过30万元。',
      rules: (a) => [
        {
          id: '4.4/store',
          title: {
            zh: '跨境电子商务O2O线下体验店一次性扶持',
            en: 'One-off support for O2O experience stores',
          },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'maximum',
          amount: amount.tiers(
            {
              label: { zh: '营业面积超过100平方米', en: 'more than 100 m²' },
              conditions: [over('o2oStoreAreaM2', a.area(100, '100平方米'))],
              amount: a.yuan('20万元'),
            },
            {
              label: { zh: '营业面积超过500平方米', en: 'more than 500 m²' },
              conditions: [over('o2oStoreAreaM2', a.area(500, '500平方米'))],
              amount: a.yuan('50万元'),
            },
            {
              label: { zh: '营业面积超过1000平方米', en: 'more than 1,000 m²' },
              conditions: [over('o2oStoreAreaM2', a.area(1000, '1000平方米'))],
              amount: a.yuan('100万元'),
            },
          ),
        },
        {
          id: '4.4/community',
          title: { zh: '社区跨境电商O2O体验店每新增1家扶持', en: 'Support per new community O2O store' },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'fixed',
          amount: amount.per('newCommunityO2oStoresCount', a.perUnit('5万元')),
        },
      ],
      enterpriseCaps: (a) => [
        {
          id: '4.4/community-yearly',
          label: { zh: '社区体验店单个企业年度上限', en: 'yearly cap on community store support' },
          rules: ['4.4/community'],
          amount: a.yuan('30万元'),
          per: 'year',
        },
      ],
    },
    {
      id: '5.1',
      label: '五（一）',
      section: '五、支持跨境电子商务物流建设',
      text: '（一）支持建设跨境电商公共分拨中心。对跨境电商公共分拨中心的主体建设单位或企业，给予一次性不超过100万元的资金支持。',
      rules: (a) => [
        {
          id: '5.1/distribution-centre',
          title: {
            zh: '跨境电商公共分拨中心一次性资金支持',
            en: 'One-off support for public distribution centres',
          },
          kind: 'payment',
          beneficiaries: ['enterprise', 'institution'],
          basis: 'maximum',
          oneOff: true,
          conditions: [is('publicDistributionCentreBuilder')],
          amount: amount.fixed(a.yuan('100万元')),
        },
      ],
    },
    {
      id: '5.2',
      label: '五（二）',
      section: '五、支持跨境电子商务物流建设',
      text: '（二）鼓励跨境电商企业建设或改造升级公共海外仓。对被部、省、市商务部门列入公共海外仓建设试点的企业，除享受国家、省扶持资金外，一次性给予不超过100万元的扶持资金。对企业租赁海外仓在1000平方米以上的，按照实际租赁费用的50%给予奖励，每个仓库每年最高奖励金额不超过50万元。',
      rules: (a) => [
        {
          id: '5.2/public-warehouse-pilot',
          title: {
            zh: '公共海外仓建设试点一次性扶持',
            en: 'One-off support for public overseas warehouse pilots',
          },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'maximum',
          conditions: [is('publicOverseasWarehousePilotListed')],
          amount: amount.fixed(a.yuan('100万元')),
          note: { zh: '除享受国家、省扶持资金外', en: 'in addition to national and provincial funds' },
        },
        {
          id: '5.2/leased-warehouse',
          title: { zh: '租赁海外仓租赁费用奖励', en: 'Rent award for leased overseas warehouses' },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'fixed',
          amount: amount.each(
            'overseasWarehouseLeases',
            { zh: '每个租赁的海外仓', en: 'each leased overseas warehouse' },
            {
              conditions: [field.atLeast('areaM2', a.area(1000, '1000平方米'))],
              amount: amount.fieldShare('rentYuan', a.rate('50%')),
              cap: a.yuan('50万元'),
            },
          ),
        },
      ],
    },
    {
      id: '5.3',
      label: '五（三）',
      section: '五、支持跨境电子商务物流建设',
      text: '(三) 支持跨境电商物流企业发展。对与郴州综试区线上综合服务平台对接、且年度物流订单量达到1000单以上的跨境电商国内物流（含快递）配送企业，给予每单0.5元的补贴，每个企业最高补贴不超过30万元。',
      rules: (a) => [
        {
          id: '5.3/logistics-orders',
          title: {
            zh: '跨境电商国内物流配送企业每单补贴',
            en: 'Per-order subsidy for domestic cross-border e-commerce logistics',
          },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'fixed',
          conditions: [
            is('isCbecDomesticLogisticsEnterprise'),
            is('connectedToPlatform'),
            atLeast('cbecDomesticLogisticsOrdersCount', a.count(1000, '1000单')),
          ],
          amount: amount.per('cbecDomesticLogisticsOrdersCount', a.perUnit('0.5元')),
          // 每个企业最高补贴不超过30万元: with a yearly order count, read as a cap per year (D9).
          cap: a.yuan('30万元'),
        },
      ],
    },
    {
      id: '5.4',
      label: '五（四）',
      section: '五、支持跨境电子商务物流建设',
      text: '(四) 支持国际快件运营企业发展。以国际快件方式开展进出口业务的，按照郴办发〔2019〕5号文件规定享受一般贸易奖励政策，每家企业最高奖励金额不超过100万元。',
      rules: (a) => [
        {
          id: '5.4/international-express',
          title: {
            zh: '国际快件运营企业一般贸易奖励',
            en: 'International express operators: general trade awards',
          },
          kind: 'deferred',
          beneficiaries: ['enterprise'],
          conditions: [is('internationalExpressOperator')],
          deferredTo: {
            zh: '按照郴办发〔2019〕5号文件规定享受一般贸易奖励政策',
            en: 'general trade awards under 郴办发〔2019〕5号',
          },
          cap: a.yuan('100万元'),
        },
      ],
    },
    {
      id: '6.1',
      label: '六（一）',
      section: '六、支持跨境电子商务支撑服务体系体系建设',
      text: '(一) 支持企业、机构或协会承接跨境电子商务企业产品展览、展示、宣传和课题研究等服务。成立中国（郴州）跨境电子商务综合试验区工作领导小组（成员名单详见附件），对经领导小组办公室批准的展览、展示、宣传、行业峰会论坛和课题研究等服务，给予一定支持。',
      rules: () => [
        {
          id: '6.1/support-services',
          title: {
            zh: '经领导小组办公室批准的展览、宣传、论坛、课题研究等服务支持',
            en: 'Support for services approved by the leading group office (no amount stated)',
          },
          kind: 'unquantified',
          beneficiaries: ['enterprise', 'institution'],
          conditions: [is('approvedSupportActivity')],
        },
      ],
    },
    {
      id: '6.2',
      label: '六（二）',
      section: '六、支持跨境电子商务支撑服务体系体系建设',
      text: '(二) 为跨境电商企业提供贷款贴息。对在郴州综试区线上综合服务平台备案且有跨境电商进出口业绩的企业，在跨境电商交易过程中使用跨境金融产品按同期一年期贷款市场报价利率的20%给予贴息，给予单个企业每年补贴最高不超过30万元。',
      rules: (a) => [
        {
          id: '6.2/loan-interest',
          title: { zh: '跨境金融产品贷款贴息', en: 'Interest subsidy on cross-border finance loans' },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'fixed',
          conditions: [is('filedOnPlatform')],
          amount: amount.each(
            'crossBorderFinanceLoans',
            { zh: '每笔跨境金融产品贷款', en: 'each cross-border finance loan' },
            { amount: amount.lprInterest(a.rate('20%')) },
          ),
        },
      ],
      enterpriseCaps: (a) => [
        {
          id: '6.2/yearly',
          label: { zh: '贷款贴息单个企业每年上限', en: 'yearly cap on the interest subsidy' },
          rules: ['6.2/loan-interest'],
          amount: a.yuan('30万元'),
          per: 'year',
        },
      ],
    },
    {
      id: '7.1',
      label: '七（一）',
      section: '七、支持跨境电子商务人才培养',
      text: '(一) 鼓励企业对本企业员工开展跨境电子商务相关业务在职培训，按年度培训费用的30%予以支持，最高不超过20万元。',
      rules: (a) => [
        {
          id: '7.1/staff-training',
          title: { zh: '企业员工跨境电商在职培训费用支持', en: 'In-house staff training costs' },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'fixed',
          amount: amount.share('inHouseTrainingCostYuan', a.rate('30%')),
          cap: a.yuan('20万元'),
        },
      ],
    },
    {
      id: '7.2',
      label: '七（二）',
      section: '七、支持跨境电子商务人才培养',
      text: '(二) 支持建设跨境电商人才培养输出基地，对符合条件经市商务部门认定的可授牌“郴州市跨境电商综试区人才培养输出基地”，并按照基地基础建设与实际运营投入的50%给予最高不超过100万元的补贴。',
      rules: (a) => [
        {
          id: '7.2/talent-base',
          title: {
            zh: '郴州市跨境电商综试区人才培养输出基地补贴',
            en: 'Subsidy for recognised talent training bases',
          },
          kind: 'payment',
          beneficiaries: ['institution', 'enterprise'],
          basis: 'maximum',
          conditions: [is('talentBaseRecognised')],
          amount: amount.share('talentBaseInvestmentYuan', a.rate('50%')),
        },
      ],
      // 最高不超过100万元 bounds the support of one base over its construction and operation (D12).
      enterpriseCaps: (a) => [
        {
          id: '7.2/total',
          label: { zh: '人才培养输出基地补贴累计上限', en: 'total cap on the talent base subsidy' },
          rules: ['7.2/talent-base'],
          amount: a.yuan('100万元'),
          per: 'total',
        },
      ],
    },
    {
      id: '7.3',
      label: '七（三）',
      section: '七、支持跨境电子商务人才培养',
      text: '(三) 鼓励跨境电子商务企业引进跨境电子商务专业人才。对跨境电子商务企业引进签订3年以上服务合同，年薪达30万元以上的电子商务高级人才，落实“林邑聚才”激励措施，对高级人才落实个人所得税减免或等额奖励措施。',
      rules: (a) => [
        {
          id: '7.3/senior-talent',
          title: {
            zh: '引进跨境电子商务高级人才（“林邑聚才”）',
            en: 'Senior talent hired (Linyi talent measures)',
          },
          kind: 'deferred',
          beneficiaries: ['enterprise'],
          conditions: [
            atLeast('seniorTalentContractYears', a.count(3, '3年')),
            atLeast('seniorTalentAnnualSalaryYuan', a.yuan('30万元')),
          ],
          deferredTo: {
            zh: '落实“林邑聚才”激励措施，对高级人才落实个人所得税减免或等额奖励',
            en: 'the Linyi talent measures: income tax relief or an equal award to the talent',
          },
        },
      ],
    },
    {
      id: '7.4',
      label: '七（四）',
      section: '七、支持跨境电子商务人才培养',
      text: '(四) 加大专业培训力度。鼓励具备培训资质并经商务部门认定的社会培训机构和取得培训资质的跨境电子商务企业培训中心开展跨境电子商务专业培训。鼓励企业、行业协会、社会机构承办跨境电子商务行业培训活动。对经中国（郴州）跨境电子商务综合试验区工作领导小组办公室同意举办且活动规模在100人以上的给予补助，每场活动分别给予不超过10万元的资金支持，同一家培训机构最高不超过100万元。',
      rules: (a) => [
        {
          id: '7.4/training-events',
          title: { zh: '跨境电子商务行业培训活动补助', en: 'Support per approved training event' },
          kind: 'payment',
          beneficiaries: ['institution', 'enterprise'],
          basis: 'maximum',
          amount: amount.each(
            'trainingEvents',
            { zh: '每场培训活动', en: 'each training event' },
            {
              conditions: [
                field.is('approvedByLeadingGroupOffice'),
                field.atLeast('participantsCount', a.count(100, '100人')),
              ],
              amount: amount.fixed(a.yuan('10万元')),
            },
          ),
        },
      ],
      enterpriseCaps: (a) => [
        {
          id: '7.4/institution-total',
          label: { zh: '同一家培训机构累计上限', en: 'total cap per training institution' },
          rules: ['7.4/training-events'],
          amount: a.yuan('100万元'),
          per: 'total',
        },
      ],
    },
    {
      id: 'funding',
      label: '资金与实施（末段）',
      section: null,
      text: '以上措施所需扶持奖励资金按现行财税体制由税收申报缴纳地财政分级负责。扶持奖励资金分配方案由市商务局拟定，经市财政局、中国（郴州）跨境电子商务综合试验区工作领导小组办公室审核，按程序报市人民政府批准执行。具体实施细则由郴州市商务局制定。各县市区及园区可参照本措施出台实施细则。',
    },
    {
      id: 'best-of',
      label: '从优不重复（末段）',
      section: null,
      text: '以上措施与本市其他有关奖补政策发生重叠的，按照从优不重复原则执行。',
      // 从优不重复: items rewarding the same annual trade volume are one best-of group (D10);
      // overlaps with the city's other policies are decided with `otherPolicyAwards`.
      bestOfGroups: () => [
        {
          id: 'trade-volume',
          rules: ['3.2/public-service-platform', '4.1/export', '4.2/leading'],
          reason: {
            zh: '同一年度跨境电商贸易额的奖励',
            en: 'awards for the same year’s cross-border e-commerce trade',
          },
        },
      ],
      otherPoliciesBestOf: true,
    },
    {
      id: 'annex',
      label: '附件',
      section: null,
      text: '附件：中国（郴州）跨境电子商务综合试验区工作领导小组成员名单\n附件\n中国（郴州）跨境电子商务综合试验区工作领导小组成员名单\n组 长：刘志仁 市委副书记、市长\n副组长：蒋 锋 市委常委、市政府常务副市长\n周海林 市政府副市长\n成 员：李黎明 郴州高新区党工委副书记、管委会主任\n段外宾 市政府副秘书长\n彭红光 市委网信办主任\n李志强 市发改委主任\n肖正科 市教育局局长\n吴其龙 市工信局局长\n陈 剑 市财政局局长\n刘明发 市人社局局长\n刘向伟 市交通运输局局长\n熊 娟 市商务局局长\n陈文军 市文旅广体局局长\n郭炜东 市市场监管局局长\n雷题铭 市统计局局长\n肖跃平 市税务局局长\n黄红星 中国人民银行郴州市中心支行行长\n刘探坦 郴州海关关长\n谢小虎 市邮政管理局局长\n范国强 郴州综保区管理局局长拟任人选\n吴文明 郴州经开区管委会主任\n曾祥峰 湘南国际物流园管委会主任\n领导小组办公室设在市商务局，负责统筹协调推进郴州综试区建设各项工作。由熊娟同志兼任办公室主任。今后，领导小组成员因工作变动需要调整的，由所在单位提出意见，经领导小组办公室审核，报领导小组组长批准后，由领导小组行文，报市政府办公室备案。',
    },
  ],
});
