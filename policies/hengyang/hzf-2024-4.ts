import {
  amount,
  anyOf,
  atLeast,
  defineDocument,
  field,
  is,
  isNot,
  level,
  over,
} from '../../src/modules/policy/define.js';

/**
 * 衡政发〔2024〕4号 衡阳市支持跨境电子商务高质量发展的若干措施（试行）, source
 * /work/shared/seeds/002_a8d1c58ffad7e9cd.txt (copy beside this file). Each article below carries its
 * verbatim text and the rules, caps and groups it states; docs/policies.md explains every reading.
 */

const RECOGNISED_PARK = {
  zh: '经国家、省、市级商务部门认定的产业园区，或省级电子商务示范基地、省级数字商务集聚区',
  en: 'a park recognised by the national, provincial or city commerce department, a provincial e-commerce demonstration base or a provincial digital commerce cluster',
};
const CUSTOMS_TAX = {
  zh: '同时享受衡阳综试区相关海关、税务优惠政策',
  en: 'also entitled to the zone’s customs and tax preferences',
};

export const HZF_2024_4 = defineDocument({
  key: 'hzf-2024-4',
  series: 'hengyang-cbec-measures',
  zone: 'hengyang',
  docNumber: '衡政发〔2024〕4号',
  title: '衡阳市支持跨境电子商务高质量发展的若干措施（试行）',
  citeAs: '衡政发〔2024〕4号',
  issuer: { zh: '衡阳市人民政府', en: 'Hengyang Municipal People’s Government' },
  stage: 'issued',
  issued: '2024-05-07',
  // “自发布之日起施行，有效期两年”: the day of issue counts as the first day, so two years end on
  // 2026-05-06 (docs/policies.md, decision D2).
  validity: { from: '2024-05-07', until: '2026-05-06' },
  validityNote: {
    zh: '自发布之日（2024年5月7日印发）起施行，有效期两年：2024-05-07 至 2026-05-06（含）',
    en: 'in force from issue (printed 2024-05-07) for two years: 2024-05-07 to 2026-05-06 inclusive',
  },
  source: {
    file: '002_a8d1c58ffad7e9cd.txt',
    metadata: { 统一登记号: 'HYCR—2024—00002', 印发: '衡阳市人民政府办公室 2024年5月7日印发' },
  },
  articles: [
    {
      id: 'notice',
      label: '通知',
      section: null,
      text: '各县市区人民政府，市直机关各单位，驻衡国省属单位：\n现将《衡阳市支持跨境电子商务高质量发展的若干措施（试行）》印发给你们，请认真遵照执行。',
    },
    {
      id: 'preamble',
      label: '序言',
      section: null,
      text: '为认真贯彻落实《国务院关于同意在廊坊等 33 个城市和地区设立跨境电子商务综合试验区的批复》（国函〔2022〕126 号）《中国（衡阳）跨境电子商务综合试验区实施方案》《衡阳市人民政府办公室关于印发〈关于打好经济增长主动仗 加快建设区域经济中心的若干政策措施〉的通知》（衡政办发〔2023〕7 号）和《湖南省人民政府办公厅印发〈关于促进跨境电商高质量发展的若干措施〉的通知》（湘政办发〔2023〕9 号）等文件精神，扎实推进中国（衡阳）跨境电子商务综合试验区（以下简称衡阳综试区）建设，结合衡阳实际，制定如下措施。',
    },
    {
      id: 'scope',
      label: '一、支持范围',
      section: '一、支持范围',
      text: '在衡阳市依法注册、纳税的具有独立法人资质，有跨境电商进出口业绩且纳入衡阳海关跨境贸易电商统计体系的跨境电子商务企业、跨境电商配套服务企业、园区、相关公共服务机构（组织）以及政府批准的支持机构。',
      // 支持范围 binds every item: registered and taxed in the city, a legal person, with CBEC
      // performance and in customs' CBEC statistics.
      scope: () => [
        is('registeredAndTaxedInZone'),
        is('independentLegalPerson'),
        is('hasCbecTradeRecord'),
        is('inCustomsCbecStatistics'),
      ],
    },
    {
      id: '1',
      label: '第1条',
      section: '（一）支持跨境电子商务产业园和孵化体系建设',
      text: '1.支持跨境电子商务产业园建设。对经国家、省、市级商务部门认定的跨境电子商务产业园区或已被评定的省级电子商务示范基地、省级数字商务集聚区，当年新入驻有跨境电子商务业绩的企业超过 10 家且跨境电商进出口总额达到 2000 万美元，对园区建设单位最高给予一次性奖励 50 万元；当年新入驻有跨境电商电子商务业绩的企业超过 20 家且跨境电商进出口总额达到 5000 万美元的，最高给予园区建设单位一次性奖励 100 万元。（责任单位：市商务局、市财政局、衡阳高新区管委会）',
      rules: (a) => [
        {
          id: '1/park',
          title: {
            zh: '跨境电子商务产业园建设一次性奖励',
            en: 'One-off award to park builders for new cross-border e-commerce tenants',
          },
          kind: 'payment',
          beneficiaries: ['park_operator'],
          basis: 'maximum',
          oneOff: true,
          conditions: [
            anyOf(
              RECOGNISED_PARK,
              level('parkRecognitionLevel', 'municipal'),
              is('isProvincialEcommerceDemoBase'),
              is('isProvincialDigitalCommerceCluster'),
            ),
          ],
          amount: amount.tiers(
            {
              label: {
                zh: '新入驻超过10家且进出口达到2000万美元',
                en: 'more than 10 new tenants and at least USD 20 million',
              },
              conditions: [
                over('parkNewCbecTenantsCount', a.count(10, '10 家')),
                atLeast('parkCbecImportExportYuan', a.usd('2000 万美元')),
              ],
              amount: a.yuan('50 万元'),
            },
            {
              label: {
                zh: '新入驻超过20家且进出口达到5000万美元',
                en: 'more than 20 new tenants and at least USD 50 million',
              },
              conditions: [
                over('parkNewCbecTenantsCount', a.count(20, '20 家')),
                atLeast('parkCbecImportExportYuan', a.usd('5000 万美元')),
              ],
              amount: a.yuan('100 万元'),
            },
          ),
        },
      ],
    },
    {
      id: '2',
      label: '第2条',
      section: '（一）支持跨境电子商务产业园和孵化体系建设',
      text: '2.支持跨境电子商务孵化中心建设。鼓励跨境电商孵化中心（综合服务中心）建设。对集跨境电商孵化辅导、实操培训、业务试点、市场开拓等功能于一体，且当年成功孵化跨境电商企业 10 家以上的孵化中心（综合服务中心）运营主体，最高给予一次性奖励 50 万元。（责任单位：市商务局、市财政局、衡阳高新区管委会）',
      rules: (a) => [
        {
          id: '2/incubator',
          title: { zh: '跨境电子商务孵化中心一次性奖励', en: 'One-off award to incubators' },
          kind: 'payment',
          beneficiaries: ['incubator_operator'],
          basis: 'maximum',
          oneOff: true,
          conditions: [
            is('incubatorAllFunctions'),
            atLeast('incubatedEnterprisesCount', a.count(10, '10 家')),
          ],
          amount: amount.fixed(a.yuan('50 万元')),
        },
      ],
    },
    {
      id: '3',
      label: '第3条',
      section: '（二）支持跨境电子商务平台建设',
      text: '3.支持衡阳综试区线上综合服务平台、本地跨境电商线上交易平台和线下园区配套建设。对平台建设所需硬件、通用性平台搭建软件购置、综合服务平台开发及维护和园区配套基础设施建设等费用给予适当支持。（责任单位：市商务局、市财政局、衡阳综保局）',
      rules: () => [
        {
          id: '3/platform-and-park',
          title: {
            zh: '平台与园区配套建设费用适当支持',
            en: 'Support for platform and park facility costs (no amount stated)',
          },
          kind: 'unquantified',
          beneficiaries: ['enterprise', 'park_operator'],
          conditions: [is('builtPlatformOrParkFacilities')],
        },
      ],
    },
    {
      id: '4',
      label: '第4条',
      section: '（二）支持跨境电子商务平台建设',
      text: '4.支持跨境电子商务监管场所建设。对当年发生的跨境电子商务查验设备采购、辅助设备采购、管理信息系统、全球质量溯源系统及软件系统开发等，按投入费用的 50%给予补贴，最高不超过 50 万元。（责任单位：市商务局、市财政局、衡阳综保局）',
      rules: (a) => [
        {
          id: '4/supervision-site',
          title: { zh: '跨境电子商务监管场所建设投入补贴', en: 'Subsidy for supervision site investment' },
          kind: 'payment',
          beneficiaries: ['enterprise', 'park_operator'],
          basis: 'fixed',
          amount: amount.share('supervisionEquipmentInvestmentYuan', a.rate('50%')),
          cap: a.yuan('50 万元'),
        },
      ],
    },
    {
      id: '5',
      label: '第5条',
      section: '（三）大力培育引进跨境电子商务经营主体',
      text: '5.支持跨境电商业务试点，鼓励衡品出海。对当年跨境电商出口总额破零的，最高给予一次性奖励 2 万元；超过 50 万美元的，最高给予一次性奖励 10 万元；超过 100 万美元的，最高给予一次性奖励 50 万元；同时享受衡阳综试区相关海关、税务优惠政策。（责任单位：市商务局、市财政局、市税务局、衡阳海关）',
      rules: (a) => [
        {
          id: '5/export',
          title: {
            zh: '当年跨境电商出口一次性奖励（衡品出海）',
            en: 'One-off award for the year’s cross-border e-commerce exports',
          },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'maximum',
          oneOff: true,
          amount: amount.tiers(
            {
              label: { zh: '出口总额破零', en: 'first exports (above zero)' },
              conditions: [over('cbecExportYuan', a.yuanWords('0', '破零'))],
              amount: a.yuan('2 万元'),
            },
            {
              label: { zh: '出口总额超过50万美元', en: 'exports above USD 500,000' },
              conditions: [over('cbecExportYuan', a.usd('50 万美元'))],
              amount: a.yuan('10 万元'),
            },
            {
              label: { zh: '出口总额超过100万美元', en: 'exports above USD 1 million' },
              conditions: [over('cbecExportYuan', a.usd('100 万美元'))],
              amount: a.yuan('50 万元'),
            },
          ),
        },
        {
          id: '5/customs-tax',
          title: CUSTOMS_TAX,
          kind: 'eligibility',
          beneficiaries: ['enterprise'],
          conditions: [over('cbecExportYuan', a.yuanWords('0', '破零'))],
        },
      ],
    },
    {
      id: '6',
      label: '第6条',
      section: '（三）大力培育引进跨境电子商务经营主体',
      text: '6.支持跨境电商平台业务推广。对应用阿里巴巴国际站、速卖通、亚马逊、eBay、wish、Facebook、虾皮等第三方交易平台开展跨境电商业务试点的，按其入驻交易平台年度推广费用的 50%予以补助；对在第三方平台上新注册店铺的企业，按平台入驻年费的 50%予以补助。以上两项补助单个企业最高不超过 20 万元。（责任单位：市商务局、市财政局）',
      rules: (a) => [
        {
          id: '6/promotion',
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
          id: '6/new-shop',
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
      // “以上两项补助单个企业最高不超过 20 万元”: both fees are yearly, so the cap is read per year (D9).
      enterpriseCaps: (a) => [
        {
          id: '6/combined',
          label: { zh: '推广费与入驻年费两项合计', en: 'promotion and shop fees together' },
          rules: ['6/promotion', '6/new-shop'],
          amount: a.yuan('20 万元'),
          per: 'year',
        },
      ],
    },
    {
      id: '7',
      label: '第7条',
      section: '（三）大力培育引进跨境电子商务经营主体',
      text: '7.支持跨境电商中小微企业发展。对新入驻经省级或市级商务部门认定的跨境电子商务产业园或已被评定的省级电子商务示范基地、省级数字商务集聚区的跨境电商企业（含设立全资子公司），实际租赁面积（办公、仓储等场所）100 平方米以上，且当年跨境电商进出口总额达到 10 万美元的，给予每家 30%的租金补贴，最高不超过 10 万元，同时最高给予一次性 5 万元的开办费补贴并享受衡阳综试区相关海关、税务优惠政策。（责任单位：市商务局、市财政局、市税务局、衡阳海关）',
      rules: (a) => {
        const tenant = [
          is('enteredRecognisedParkInPeriod'),
          atLeast('parkLeasedAreaM2', a.area(100, '100 平方米')),
          atLeast('cbecImportExportYuan', a.usd('10 万美元')),
        ];
        return [
          {
            id: '7/rent',
            title: { zh: '新入驻园区企业租金补贴', en: 'Rent subsidy for new park tenants' },
            kind: 'payment',
            beneficiaries: ['enterprise'],
            basis: 'fixed',
            conditions: tenant,
            amount: amount.share('parkRentPaidYuan', a.rate('30%')),
            cap: a.yuan('10 万元'),
          },
          {
            id: '7/opening',
            title: {
              zh: '新入驻园区企业一次性开办费补贴',
              en: 'One-off opening subsidy for new park tenants',
            },
            kind: 'payment',
            beneficiaries: ['enterprise'],
            basis: 'maximum',
            oneOff: true,
            conditions: tenant,
            amount: amount.fixed(a.yuan('5 万元')),
          },
          {
            id: '7/customs-tax',
            title: CUSTOMS_TAX,
            kind: 'eligibility',
            beneficiaries: ['enterprise'],
            conditions: tenant,
          },
        ];
      },
      stacking: [
        { id: '7/together', rules: ['7/rent', '7/opening'], text: '同时最高给予一次性 5 万元的开办费补贴' },
      ],
    },
    {
      id: '8',
      label: '第8条',
      section: '（三）大力培育引进跨境电子商务经营主体',
      text: '8.鼓励引进跨境电商龙头企业。对当年引进跨境电商进出口总额 5000 万美元以上的跨境电子商务企业，每家企业最高给予一次性奖励 50 万元；进出口总额 1 亿美元以上的，每家企业最高给予一次性奖励 100 万元；同时享受衡阳综试区相关海关、税务优惠政策。（责任单位：市商务局、市财政局、市税务局、衡阳海关）',
      rules: (a) => {
        const tiers = amount.tiers(
          {
            label: {
              zh: '当年引进，进出口总额5000万美元以上',
              en: 'introduced in the year, at least USD 50 million',
            },
            conditions: [atLeast('cbecImportExportYuan', a.usd('5000 万美元'))],
            amount: a.yuan('50 万元'),
          },
          {
            label: {
              zh: '当年引进，进出口总额1亿美元以上',
              en: 'introduced in the year, at least USD 100 million',
            },
            conditions: [atLeast('cbecImportExportYuan', a.usd('1 亿美元'))],
            amount: a.yuan('100 万元'),
          },
        );
        return [
          {
            id: '8/leading',
            title: {
              zh: '引进跨境电商龙头企业一次性奖励',
              en: 'One-off award for introducing leading enterprises',
            },
            kind: 'payment',
            beneficiaries: ['enterprise'],
            basis: 'maximum',
            oneOff: true,
            conditions: [is('introducedInPeriod')],
            amount: tiers,
          },
          {
            id: '8/customs-tax',
            title: CUSTOMS_TAX,
            kind: 'eligibility',
            beneficiaries: ['enterprise'],
            conditions: [is('introducedInPeriod'), atLeast('cbecImportExportYuan', a.usd('5000 万美元'))],
          },
        ];
      },
    },
    {
      id: '9',
      label: '第9条',
      section: '（四）支持跨境电商零售进口',
      text: '9.支持境内跨境商品 O2O 线下体验店建设。对在衡阳市建立的跨境电子商务 O2O 线下体验店，营业面积超过 500 平方米、1000 平方米、2000 平方米的，分别最高给予一次性 10 万元、20 万元、30 万元的资金扶持。对开办社区跨境电商 O2O 体验店的，每新增 1 家体验店，一次性给予 5 万元资金扶持，单个企业年度最高支持金额不超过 40 万元。（责任单位：市商务局、市财政局）',
      rules: (a) => [
        {
          id: '9/store',
          title: {
            zh: '跨境电子商务O2O线下体验店一次性扶持',
            en: 'One-off support for O2O experience stores',
          },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'maximum',
          amount: amount.tiers(
            {
              label: { zh: '营业面积超过500平方米', en: 'more than 500 m²' },
              conditions: [over('o2oStoreAreaM2', a.area(500, '500 平方米'))],
              amount: a.yuan('10 万元'),
            },
            {
              label: { zh: '营业面积超过1000平方米', en: 'more than 1,000 m²' },
              conditions: [over('o2oStoreAreaM2', a.area(1000, '1000 平方米'))],
              amount: a.yuan('20 万元'),
            },
            {
              label: { zh: '营业面积超过2000平方米', en: 'more than 2,000 m²' },
              conditions: [over('o2oStoreAreaM2', a.area(2000, '2000 平方米'))],
              amount: a.yuan('30 万元'),
            },
          ),
        },
        {
          id: '9/community',
          title: { zh: '社区跨境电商O2O体验店每新增1家扶持', en: 'Support per new community O2O store' },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'fixed',
          amount: amount.per('newCommunityO2oStoresCount', a.perUnit('5 万元')),
        },
      ],
      enterpriseCaps: (a) => [
        {
          id: '9/community-yearly',
          label: { zh: '社区体验店单个企业年度上限', en: 'yearly cap on community store support' },
          rules: ['9/community'],
          amount: a.yuan('40 万元'),
          per: 'year',
        },
      ],
    },
    {
      id: '10',
      label: '第10条',
      section: '（五）支持跨境电子商务海外仓建设',
      text: '10.鼓励跨境电商企业建设或改造升级公共海外仓。对获批省级公共海外仓的企业（需衡阳海关备案），除享受省级扶持资金外，最高给予一次性 20 万元的扶持资金。对企业租赁海外仓在 1000 平方米以上的，按照实际租赁费用的 50%给予奖补，每个海外仓每年最高给予一次性奖励 20 万元。（责任单位：市商务局、市财政局）',
      rules: (a) => [
        {
          id: '10/public-warehouse',
          title: {
            zh: '获批省级公共海外仓一次性扶持',
            en: 'One-off support for approved provincial public overseas warehouses',
          },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'maximum',
          conditions: [
            is('provincialPublicOverseasWarehouseApproved'),
            is('overseasWarehouseFiledWithCustoms'),
          ],
          amount: amount.fixed(a.yuan('20 万元')),
        },
        {
          id: '10/leased-warehouse',
          title: { zh: '租赁海外仓租赁费用奖补', en: 'Rent subsidy for leased overseas warehouses' },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'fixed',
          amount: amount.each(
            'overseasWarehouseLeases',
            { zh: '每个租赁的海外仓', en: 'each leased overseas warehouse' },
            {
              conditions: [field.atLeast('areaM2', a.area(1000, '1000 平方米'))],
              amount: amount.fieldShare('rentYuan', a.rate('50%')),
              cap: a.yuan('20 万元'),
            },
          ),
        },
      ],
    },
    {
      id: '11',
      label: '第11条',
      section: '（六）支持跨境电子商务支撑服务体系建设',
      text: '11.支持企业或协会承接跨境电子商务企业产品文创设计、产品宣传、展会推广和课题研究、行业峰会论坛等服务。对经市商务局批准的各项跨境电商支撑服务和专场活动，给予一定支持。（责任单位：市商务局、市财政局）',
      rules: () => [
        {
          id: '11/support-services',
          title: {
            zh: '跨境电商支撑服务和专场活动支持',
            en: 'Support for approved support services and events (no amount stated)',
          },
          kind: 'unquantified',
          beneficiaries: ['enterprise', 'institution'],
          conditions: [is('approvedSupportActivity')],
        },
      ],
    },
    {
      id: '12',
      label: '第12条',
      section: '（六）支持跨境电子商务支撑服务体系建设',
      text: '12.加大跨境电商金融支持。鼓励金融机构创新开展跨境电商投融资服务，运用电商供应链物流、资金流、出口数据等信息，开展应收账款融资、保兑仓融资、融通仓融资等金融产品创新，缓解企业融资难问题。按照我省现行出口信用保险支持政策，对开展跨境电商业务的小微企业，通过“中国国际贸易单一窗口”投保的出口信用保险保费，省级财政予以全额支持，对一般企业保费和出口信用保险项下融资贴息给予支持，其中保费补贴不超过50%，贷款利息的补贴不超过贷款市场报价利率的20%，单个企业每年最高不超过30万元。（责任单位：市商务局、市财政局、人民银行衡阳市分行）',
      rules: (a) => [
        {
          id: '12/small-micro-premium',
          title: {
            zh: '小微企业单一窗口投保出口信用保险保费全额支持（省级财政）',
            en: 'Full premium for small and micro enterprises insured via the single window (provincial funds)',
          },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'fixed',
          conditions: [is('isSmallOrMicroEnterprise'), is('premiumViaSingleWindow')],
          amount: amount.share('exportCreditInsurancePremiumYuan', a.rateWords('1', '全额支持')),
          note: {
            zh: '由省级财政支付，不计入市级单个企业每年30万元上限',
            en: 'paid by provincial funds; outside the city’s 300,000 yearly cap',
          },
        },
        {
          id: '12/premium',
          title: { zh: '一般企业出口信用保险保费补贴', en: 'Premium subsidy for other enterprises' },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'maximum',
          conditions: [isNot('isSmallOrMicroEnterprise')],
          amount: amount.share('exportCreditInsurancePremiumYuan', a.rate('50%')),
        },
        {
          id: '12/interest',
          title: {
            zh: '出口信用保险项下融资贴息',
            en: 'Interest subsidy on financing under export credit insurance',
          },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'maximum',
          amount: amount.each(
            'creditInsuranceFinancingLoans',
            { zh: '每笔出口信用保险项下融资', en: 'each financing under export credit insurance' },
            { amount: amount.lprInterest(a.rate('20%')) },
          ),
        },
      ],
      enterpriseCaps: (a) => [
        {
          id: '12/yearly',
          label: { zh: '保费补贴与融资贴息合计', en: 'premium and interest subsidies together' },
          rules: ['12/premium', '12/interest'],
          amount: a.yuan('30 万元'),
          per: 'year',
        },
      ],
    },
    {
      id: '13',
      label: '第13条',
      section: '（七）支持跨境电子商务人才培养',
      text: '13.鼓励传统外贸企业对本企业员工开展跨境电子商务业务培训，对年度培训费给予不超过5万元的支持。（责任单位：市商务局、市财政局）',
      rules: (a) => [
        {
          id: '13/staff-training',
          title: {
            zh: '传统外贸企业员工跨境电商业务培训费支持',
            en: 'Staff training costs of traditional foreign-trade enterprises',
          },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'maximum',
          conditions: [is('isTraditionalForeignTradeEnterprise')],
          amount: amount.share('inHouseTrainingCostYuan', a.rateWords('1', '年度培训费')),
          cap: a.yuan('5万元'),
        },
      ],
    },
    {
      id: '14',
      label: '第14条',
      section: '（七）支持跨境电子商务人才培养',
      text: '14.支持跨境电商人才培养。对符合条件的大专院校或培训机构等，经市商务部门认定的可授予“衡阳市跨境电商人才培养基地”，并按照基地基础建设与实际运营投入费用，最高给予一次性补贴20万元。（责任单位：市商务局、市财政局、在衡大专院校）',
      rules: (a) => [
        {
          id: '14/talent-base',
          title: {
            zh: '衡阳市跨境电商人才培养基地一次性补贴',
            en: 'One-off subsidy for recognised talent training bases',
          },
          kind: 'payment',
          beneficiaries: ['institution'],
          basis: 'maximum',
          oneOff: true,
          conditions: [is('talentBaseRecognised')],
          amount: amount.share(
            'talentBaseInvestmentYuan',
            a.rateWords('1', '基地基础建设与实际运营投入费用'),
          ),
          cap: a.yuan('20万元'),
        },
      ],
    },
    {
      id: '15',
      label: '第15条',
      section: '（七）支持跨境电子商务人才培养',
      text: '15.加强跨境电商专业培训。鼓励具备培训资质的社会职业院校、技工院校、民办培训机构等职业培训主体和跨境电子商务企业开展跨境电子商务专业培训。鼓励企业、行业协会、社会机构承办跨境电子商务行业培训活动。培训主体开展补贴性跨境电商专业培训，须事先向培训班所在地的人社部门办理开班备案手续，培训机构补贴申领由人社部门按照职业技能培训有关政策执行。（责任单位：市商务局、市财政局、市人社局）',
      rules: () => [
        {
          id: '15/vocational-training',
          title: {
            zh: '补贴性跨境电商专业培训（人社部门）',
            en: 'Subsidised professional training (human resources bureau)',
          },
          kind: 'deferred',
          beneficiaries: ['institution', 'enterprise'],
          conditions: [is('trainingFiledWithHrBureau')],
          deferredTo: {
            zh: '培训机构补贴申领由人社部门按照职业技能培训有关政策执行',
            en: 'claimed from the human resources bureau under the vocational skills training policy',
          },
        },
      ],
    },
    {
      id: '16',
      label: '第16条',
      section: '（七）支持跨境电子商务人才培养',
      text: '16.对跨境电商企业年度缴纳社保费用总额的 10%进行补贴，单个企业每年支持资金不超过 10 万元。（责任单位：市商务局、市财政局、市人社局）',
      rules: (a) => [
        {
          id: '16/social-insurance',
          title: { zh: '跨境电商企业社保费用补贴', en: 'Subsidy on social insurance contributions' },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'fixed',
          amount: amount.share('socialInsurancePaidYuan', a.rate('10%')),
        },
      ],
      enterpriseCaps: (a) => [
        {
          id: '16/yearly',
          label: { zh: '社保补贴单个企业每年上限', en: 'yearly cap on the social insurance subsidy' },
          rules: ['16/social-insurance'],
          amount: a.yuan('10 万元'),
          per: 'year',
        },
      ],
    },
    {
      id: 'implementation',
      label: '三、组织实施（第一段）',
      section: '三、组织实施',
      text: '以上扶持奖励资金来源于省级跨境电商专项资金和市级跨境电商专项配套资金，由市商务局、市财政局通过项目申报组织实施，按程序报市人民政府批准后再拨付奖补资金。市商务局、市财政局做好专项资金的绩效评价工作，确保专项资金的引导作用，各县市区及园区可参照本措施出台相应扶持政策。',
    },
    {
      id: 'best-of',
      label: '三、组织实施（第二段，择优支持且不重复）',
      section: '三、组织实施',
      text: '以上措施与本市其他有关奖补政策发生重叠的，按照择优支持且不重复的原则执行。',
      // 择优支持且不重复: items rewarding the same annual trade volume are one best-of group (D10);
      // overlaps with the city's other policies are decided with `otherPolicyAwards`.
      bestOfGroups: () => [
        {
          id: 'trade-volume',
          rules: ['5/export', '8/leading'],
          reason: {
            zh: '同一年度跨境电商贸易额的奖励',
            en: 'awards for the same year’s cross-border e-commerce trade',
          },
        },
      ],
      otherPoliciesBestOf: true,
    },
    {
      id: 'validity',
      label: '三、组织实施（第三段，施行与有效期）',
      section: '三、组织实施',
      text: '本政策措施自发布之日起施行，有效期两年。',
    },
  ],
});
