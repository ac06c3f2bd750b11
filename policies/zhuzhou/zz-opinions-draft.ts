import {
  amount,
  anyOf,
  atLeast,
  defineDocument,
  is,
  isNot,
  level,
  over,
  under,
} from '../../src/modules/policy/define.js';

/**
 * 株洲《关于加快推进跨境电商高质量发展的实施意见（征求意见稿）》, source
 * /work/shared/seeds/000_d84c5ac28380633b.txt (copy beside this file). A draft for comments: it has no
 * 文号 and is not in force; evaluated only on request (includeDrafts), from the assumed date below,
 * every result marked draft. Each article carries its verbatim text and the rules it states.
 */

export const ZHUZHOU_DRAFT_2023 = defineDocument({
  key: 'zz-opinions-draft',
  series: 'zhuzhou-cbec-opinions',
  zone: 'zhuzhou',
  docNumber: null,
  title: '关于加快推进跨境电商高质量发展的实施意见（征求意见稿）',
  citeAs: '株洲《关于加快推进跨境电商高质量发展的实施意见（征求意见稿）》',
  issuer: { zh: '株洲市人民政府', en: 'Zhuzhou Municipal People’s Government' },
  stage: 'draft',
  issued: null,
  // “本意见自公布之日起施行”: not yet published, so no validity. For estimates it is assumed in force
  // from 2023-07-31, the date of 湘政发〔2023〕9号 that it implements (it cannot begin earlier), with
  // no end (decision D1).
  validity: { from: null, until: null },
  draftAssumedFrom: '2023-07-31',
  validityNote: {
    zh: '征求意见稿，自公布之日起施行（尚未公布）；测算时假定自 2023-07-31（湘政发〔2023〕9号）起有效，无截止日',
    en: 'draft for comments, in force from publication (not yet published); estimates assume in force from 2023-07-31 (湘政发〔2023〕9号), open-ended',
  },
  source: {
    file: '000_d84c5ac28380633b.txt',
    metadata: { 依据: '国函〔2022〕126号、湘政发〔2023〕9号、湘政办发〔2023〕9号' },
  },
  articles: [
    {
      id: 'preamble',
      label: '序言',
      section: null,
      text: '为加快中国（株洲）跨境电子商务综合试验区建设，根据国务院《关于同意在廊坊等33个城市和地区设立跨境电子商务综合试验区的批复》（国函〔2022〕126号）、《湖南省人民政府关于印发<中国（衡阳）跨境电子商务综合试验区实施方案><中国（株洲）跨境电子商务综合试验区实施方案>的通知》（湘政发〔2023〕9号）、《湖南省人民政府办公厅印发<关于促进跨境电商高质量发展的若干措施>的通知》（湘政办发〔2023〕9号）等文件精神，现就推进我市跨境电商高质量发展提出如下实施意见。',
    },
    {
      id: '1',
      label: '（一）',
      section: '一、促进跨境电商产业集聚',
      text: '（一）建设跨境电商产业园。鼓励县（市）区设立跨境电商发展引导资金，积极培育跨境电商产业园，加快推进跨境电商产业集聚。支持引进专业跨境电商经营主体，运营管理产业园。鼓励园区结合实际制定招商引资优惠政策，引进综合服务、报关清关、支付结算等跨境电商服务型企业及产贸型企业，完善跨境电商生态链。鼓励企业入驻跨境电商产业园，对进驻后首年跨境电商线上交易额达到5000万元以上或进出口额达到1000万元以上的企业，按其租赁自用场所面积，自起租日起第一年每平方米每月给予最高4元资金扶持、第二年每平方米每月给予最高2元资金扶持。对经商务主管部门认定的市级、省级跨境电商产业园，分别给予园区运营方最高100万元、500万元奖励。[责任单位：市商务局、市财政局，第一位为牵头部门，下同]',
      rules: (a) => [
        {
          id: '1/rent',
          title: {
            zh: '入驻跨境电商产业园企业租赁场所资金扶持',
            en: 'Rent support for enterprises entering a park',
          },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'maximum',
          conditions: [
            anyOf(
              {
                zh: '进驻后首年线上交易额达到5000万元以上或进出口额达到1000万元以上',
                en: 'first-year online transactions ≥ 50 million or imports and exports ≥ 10 million yuan',
              },
              atLeast('parkFirstYearOnlineTransactionYuan', a.yuan('5000万元')),
              atLeast('parkFirstYearImportExportYuan', a.yuan('1000万元')),
            ),
          ],
          // 自起租日起第一年每平方米每月最高4元、第二年最高2元: months counted from the lease start.
          amount: amount.leaseSchedule('parkLeasedAreaM2', 'parkLeaseStartDate', [
            a.perM2Month('4元'),
            a.perM2Month('2元'),
          ]),
        },
        {
          id: '1/park',
          title: { zh: '市级、省级跨境电商产业园运营方奖励', en: 'Award to operators of recognised parks' },
          kind: 'payment',
          beneficiaries: ['park_operator'],
          basis: 'maximum',
          amount: amount.tiers(
            {
              label: { zh: '认定为市级产业园', en: 'recognised as a municipal park' },
              conditions: [level('parkRecognisedInPeriod', 'municipal')],
              amount: a.yuan('100万元'),
            },
            {
              label: { zh: '认定为省级产业园', en: 'recognised as a provincial park' },
              conditions: [level('parkRecognisedInPeriod', 'provincial')],
              amount: a.yuan('500万元'),
            },
          ),
        },
      ],
    },
    {
      id: '2',
      label: '（二）',
      section: '一、促进跨境电商产业集聚',
      text: '（二）打造跨境电商产业带。立足我市现有产业优势，推进跨境电商与产业带融合发展，鼓励各县（市）区加大跨境电商产业带建设工作力度，对经商务主管部门认定的市级、省级跨境电商产业带,分别给予相关县（市）区最高50万元、100万元奖励。[责任单位：市商务局、市财政局]',
      rules: (a) => [
        {
          id: '2/industry-belt',
          title: {
            zh: '市级、省级跨境电商产业带所在县（市）区奖励',
            en: 'Award to counties with recognised industry belts',
          },
          kind: 'payment',
          beneficiaries: ['county_government'],
          basis: 'maximum',
          amount: amount.tiers(
            {
              label: { zh: '认定为市级产业带', en: 'recognised as a municipal belt' },
              conditions: [level('industryBeltRecognisedInPeriod', 'municipal')],
              amount: a.yuan('50万元'),
            },
            {
              label: { zh: '认定为省级产业带', en: 'recognised as a provincial belt' },
              conditions: [level('industryBeltRecognisedInPeriod', 'provincial')],
              amount: a.yuan('100万元'),
            },
          ),
        },
      ],
    },
    {
      id: '3',
      label: '（三）',
      section: '二、加强跨境电商主体培育',
      text: '（三）鼓励开展跨境电商业务。引导我市传统外贸、工贸企业开展跨境电商业务，实现外贸数字化转型。对开展跨境电商业务试点的我市传统企业，按不超过80%的比例，给予其首年孵化服务费最高3万元补贴。对首次实现跨境电商出口额破零的企业，给予最高10万元奖励。对在我市建立跨境商品O2O线下、跨境新零售业务体验店（营业面积超过500平方米，年交易额超过100万美元）的企业，按不超过每平方米100元的标准给予资金扶持，最高50万元。[责任单位：市商务局、市工信局、市科技局、市财政局、市税务局]',
      rules: (a) => [
        {
          id: '3/incubation-fee',
          title: {
            zh: '传统企业跨境电商试点首年孵化服务费补贴',
            en: 'First-year incubation fee of traditional enterprises in the pilot',
          },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'maximum',
          conditions: [is('isTraditionalEnterpriseInPilot')],
          amount: amount.share('firstYearIncubationFeeYuan', a.rate('80%')),
          cap: a.yuan('3万元'),
        },
        {
          id: '3/first-export',
          title: {
            zh: '首次实现跨境电商出口额破零奖励',
            en: 'Award for the first cross-border e-commerce exports',
          },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'maximum',
          conditions: [over('cbecExportYuan', a.yuanWords('0', '破零')), isNot('cbecExportedBeforePeriod')],
          amount: amount.fixed(a.yuan('10万元')),
        },
        {
          id: '3/o2o-store',
          title: {
            zh: '跨境商品O2O线下、新零售体验店资金扶持',
            en: 'Support for O2O and new-retail experience stores',
          },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'maximum',
          conditions: [
            over('o2oStoreAreaM2', a.area(500, '500平方米')),
            over('o2oStoreTransactionYuan', a.usd('100万美元')),
          ],
          amount: amount.per('o2oStoreAreaM2', a.perM2('100元')),
          cap: a.yuan('50万元'),
        },
      ],
    },
    {
      id: '4',
      label: '（四）',
      section: '二、加强跨境电商主体培育',
      text: '（四）发展壮大跨境电商企业。鼓励企业开展跨境电商企业对个人（B2C）、企业对企业（B2B）等进出口业务。支持企业在跨境电商平台多店铺运营，对在市级商务部门或跨境电商线上综合服务平台进行关联店铺备案并产生线上交易额的企业，可认定为企业数据。支持企业帮助本地区产品出口，对利用跨境电商平台或独立站开展业务，实现跨境电商线上交易额2000万元以上、带动本地区产品出口额1000万元以上、实现跨境电商出口额200万元以上的跨境电商企业，按不超过30%的比例，对其发生的跨境电商线上推广费用最高给予 20 万元补贴；对其发生的扣点费最高给予10万元补贴；对其发生的国际物流费用最高给予20万元补贴（三项可叠加）。对跨境电商年交易额首次达到1亿元、10亿元的企业，根据其年度内在株洲的经营实绩、纳税额、就业贡献和带动株洲本地产品出口额情况，分别给予最高20万元、100万元奖励。[责任单位：市商务局、市财政局]',
      rules: (a) => {
        const targets = [
          atLeast('cbecOnlineTransactionYuan', a.yuan('2000万元')),
          atLeast('localProductExportDrivenYuan', a.yuan('1000万元')),
          atLeast('cbecExportYuan', a.yuan('200万元')),
        ];
        // “按不超过30%的比例” governs all three costs listed after it (decision D7).
        const cost = (
          id: string,
          zh: string,
          en: string,
          base: 'onlinePromotionCostYuan' | 'commissionFeeYuan' | 'internationalLogisticsCostYuan',
          cap: string,
        ) => ({
          id,
          title: { zh, en },
          kind: 'payment' as const,
          beneficiaries: ['enterprise' as const],
          basis: 'maximum' as const,
          conditions: targets,
          amount: amount.share(base, a.rate('30%')),
          cap: a.yuan(cap),
        });
        return [
          {
            id: '4/enterprise-data',
            title: {
              zh: '关联店铺备案并产生线上交易额的，可认定为企业数据',
              en: 'Linked shops’ trade counted as the enterprise’s data',
            },
            kind: 'eligibility',
            beneficiaries: ['enterprise'],
            conditions: [
              is('linkedShopsFiled'),
              over('cbecOnlineTransactionYuan', a.yuanWords('0', '产生线上交易额')),
            ],
          },
          {
            ...cost(
              '4/promotion',
              '跨境电商线上推广费用补贴',
              'Online promotion costs',
              'onlinePromotionCostYuan',
              '20 万元',
            ),
          },
          { ...cost('4/commission', '扣点费补贴', 'Platform commission', 'commissionFeeYuan', '10万元') },
          {
            ...cost(
              '4/logistics',
              '国际物流费用补贴',
              'International logistics costs',
              'internationalLogisticsCostYuan',
              '20万元',
            ),
          },
          {
            id: '4/milestone',
            title: {
              zh: '跨境电商年交易额首次达到1亿元、10亿元奖励',
              en: 'Award for first reaching 100 million or 1 billion yuan a year',
            },
            kind: 'payment',
            beneficiaries: ['enterprise'],
            basis: 'maximum',
            // 首次达到: this year at or above the mark, every earlier year below it.
            amount: amount.tiers(
              {
                label: { zh: '首次达到1亿元', en: 'first reaching 100 million yuan' },
                conditions: [
                  atLeast('cbecTransactionYuan', a.yuan('1亿元')),
                  under('cbecTransactionPriorMaxYuan', a.yuan('1亿元')),
                ],
                amount: a.yuan('20万元'),
              },
              {
                label: { zh: '首次达到10亿元', en: 'first reaching 1 billion yuan' },
                conditions: [
                  atLeast('cbecTransactionYuan', a.yuan('10亿元')),
                  under('cbecTransactionPriorMaxYuan', a.yuan('10亿元')),
                ],
                amount: a.yuan('100万元'),
              },
            ),
          },
        ];
      },
      stacking: [
        { id: '4/three-costs', rules: ['4/promotion', '4/commission', '4/logistics'], text: '三项可叠加' },
      ],
    },
    {
      id: '5',
      label: '（五）',
      section: '二、加强跨境电商主体培育',
      text: '（五）引进跨境电商龙头企业。鼓励跨境电商行业龙头领军企业来株设立企业（集团）总部或功能性总部，对引进的跨境电商龙头企业或重点项目，结合项目规模、注册资本、经营实绩、税收贡献、发展潜力和企业信用等因素，给予最高500万元资金扶持。对跨境电商龙头企业（含本土成长企业）企业法人、董事长、总经理等高管，在株所缴纳的个人所得税给予最高50%补贴。[责任单位：市商务局、市财政局]',
      rules: (a) => [
        {
          id: '5/leading',
          title: {
            zh: '引进跨境电商龙头企业或重点项目资金扶持',
            en: 'Support for introduced leading enterprises or key projects',
          },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'maximum',
          conditions: [
            is('introducedInPeriod'),
            anyOf(
              { zh: '龙头企业或重点项目', en: 'a leading enterprise or a key project' },
              is('isLeadingEnterprise'),
              is('isKeyProject'),
            ),
          ],
          amount: amount.fixed(a.yuan('500万元')),
        },
        {
          id: '5/executives-income-tax',
          title: { zh: '龙头企业高管个人所得税补贴', en: 'Subsidy on the executives’ individual income tax' },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'maximum',
          conditions: [is('isLeadingEnterprise')],
          amount: amount.share('executivesIncomeTaxYuan', a.rate('50%')),
        },
      ],
    },
    {
      id: '6',
      label: '（六）',
      section: '二、加强跨境电商主体培育',
      text: '（六）培育跨境电商自主品牌。鼓励跨境电商企业开展自主品牌境外商标注册和国际认证，对拥有目的国自有商标的跨境电商企业，在申报省级专项时予以优先立项;对新通过国际认证的跨境电商企业，按不超过国际认证费用80%的比例，最高给予一次性奖励50万元。[责任单位：市商务局、市财政局、市市场监督管理局]',
      rules: (a) => [
        {
          id: '6/trademark-priority',
          title: {
            zh: '拥有目的国自有商标的，申报省级专项时优先立项',
            en: 'Priority in provincial project applications for own trademarks abroad',
          },
          kind: 'priority',
          beneficiaries: ['enterprise'],
          conditions: [is('ownTrademarkInDestinationCountry')],
        },
        {
          id: '6/certification',
          title: {
            zh: '新通过国际认证一次性奖励',
            en: 'One-off award for a new international certification',
          },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'maximum',
          conditions: [is('newInternationalCertification')],
          amount: amount.share('internationalCertificationFeeYuan', a.rate('80%')),
          cap: a.yuan('50万元'),
        },
      ],
    },
    {
      id: '7',
      label: '（七）',
      section: '三、完善跨境电商服务平台',
      text: '（七）建设线上综合服务平台。按照“一点接入”原则，依托省、市一体化政务服务平台，建立线上综合服务平台，集成通关、物流、退免税、支付、融资、风控、信息核查等多种功能，实现商务、海关、税务、市场监管、邮政、外汇等部门间数据互通和信息共享，优化跨境电商线上业务办理流程。鼓励通过省、市一体化政务服务平台，进入线上综合服务平台办理业务。[责任单位：市商务局、市发改委、市财政局、市行政审批局、相关建设维护单位]',
    },
    {
      id: '8',
      label: '（八）',
      section: '三、完善跨境电商服务平台',
      text: '（八）完善跨境电商公共服务。支持跨境电商孵化中心建设，对经商务主管部门认定的市级、省级孵化服务中心，分别给予最高20万元、50万元奖励。支持跨境电商支撑服务体系建设，对带动和促进中小企业发展跨境电商、服务企业数量在100家以上，有实际进出口额的企业或机构，根据其带动和促进中小企业发展跨境电商实际效果，最高给予100万元奖励。[责任单位：市商务局、市财政局]',
      rules: (a) => [
        {
          id: '8/incubator',
          title: { zh: '市级、省级孵化服务中心奖励', en: 'Award to recognised incubators' },
          kind: 'payment',
          beneficiaries: ['incubator_operator'],
          basis: 'maximum',
          amount: amount.tiers(
            {
              label: { zh: '认定为市级孵化服务中心', en: 'recognised as a municipal incubator' },
              conditions: [level('incubatorRecognisedInPeriod', 'municipal')],
              amount: a.yuan('20万元'),
            },
            {
              label: { zh: '认定为省级孵化服务中心', en: 'recognised as a provincial incubator' },
              conditions: [level('incubatorRecognisedInPeriod', 'provincial')],
              amount: a.yuan('50万元'),
            },
          ),
        },
        {
          id: '8/support-services',
          title: { zh: '跨境电商支撑服务企业或机构奖励', en: 'Award to support service providers' },
          kind: 'payment',
          beneficiaries: ['enterprise', 'institution'],
          basis: 'maximum',
          conditions: [
            atLeast('smesServedCount', a.count(100, '100家')),
            over('importExportYuan', a.yuanWords('0', '有实际进出口额')),
          ],
          amount: amount.fixed(a.yuan('100万元')),
        },
      ],
    },
    {
      id: '9',
      label: '（九）',
      section: '四、推动跨境电商仓储建设',
      text: '（九）鼓励企业布局集货仓和海外仓。引导我市企业运用多种投融资方式参与海外仓建设，支持企业在非洲、“一带一路”沿线及RCEP区域重点市场的关键通道和节点布局海外仓。对省级公共海外仓给予首年最高60万元、后两年每年最高30万元的支持，单个企业三年累计支持不超过500万元。对入选商务部优秀海外仓实践案的企业最高给予一次性奖励100万元。对自建海外仓达到3000平方米以上，在海外仓所在国家或地区进出口额达到1亿元以上的建设运营企业，根据其海外仓面积和进出口额，最高给予一次性奖励50万元。对服务我市中小微企业10家以上、年跨境电商进出口额达到1亿元的跨境电商集货仓，最高给予一次性奖励50万元。加大海外仓建设运营的信用保险支持，鼓励金融机构加强对海外仓企业的金融服务。在招商引资、政企合作、重大经贸活动中对我市优秀海外仓企业给予优先宣传推广和资源对接。[责任单位：市商务局、市发改委、市财政局、市金融办、市邮政管理局、人民银行株洲市分行（国家外汇管理局株洲市分局）]',
      rules: (a) => [
        {
          id: '9/public-warehouse',
          title: {
            zh: '省级公共海外仓支持（首年、后两年）',
            en: 'Support for provincial public overseas warehouses (three years)',
          },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'maximum',
          // 首年 = the calendar year of recognition; then two more years (decision D13).
          amount: amount.each(
            'provincialPublicOverseasWarehouses',
            { zh: '每个省级公共海外仓', en: 'each provincial public overseas warehouse' },
            {
              amount: amount.fieldYearSchedule('recognisedYear', [
                a.yuan('60万元'),
                a.yuan('30万元'),
                a.yuan('30万元'),
              ]),
            },
          ),
        },
        {
          id: '9/mofcom-case',
          title: {
            zh: '入选商务部优秀海外仓实践案例一次性奖励',
            en: 'One-off award for a MOFCOM excellent overseas warehouse case',
          },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'maximum',
          conditions: [is('mofcomExcellentOverseasWarehouseCase')],
          amount: amount.fixed(a.yuan('100万元')),
        },
        {
          id: '9/self-built-warehouse',
          title: { zh: '自建海外仓一次性奖励', en: 'One-off award for self-built overseas warehouses' },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'maximum',
          oneOff: true,
          conditions: [
            atLeast('selfBuiltOverseasWarehouseAreaM2', a.area(3000, '3000平方米')),
            atLeast('overseasWarehouseCountryImportExportYuan', a.yuan('1亿元')),
          ],
          amount: amount.fixed(a.yuan('50万元')),
        },
        {
          id: '9/consolidation-warehouse',
          title: { zh: '跨境电商集货仓一次性奖励', en: 'One-off award for consolidation warehouses' },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'maximum',
          oneOff: true,
          conditions: [
            atLeast('consolidationWarehouseSmesServedCount', a.count(10, '10家')),
            atLeast('consolidationWarehouseCbecImportExportYuan', a.yuan('1亿元')),
          ],
          amount: amount.fixed(a.yuan('50万元')),
        },
        {
          id: '9/publicity-priority',
          title: {
            zh: '优秀海外仓企业优先宣传推广和资源对接',
            en: 'Priority publicity and matchmaking for excellent overseas warehouses',
          },
          kind: 'priority',
          beneficiaries: ['enterprise'],
          conditions: [is('excellentOverseasWarehouseEnterprise')],
        },
      ],
      enterpriseCaps: (a) => [
        {
          id: '9/three-years',
          label: {
            zh: '省级公共海外仓单个企业三年累计上限',
            en: 'three-year total cap on public overseas warehouse support',
          },
          rules: ['9/public-warehouse'],
          amount: a.yuan('500万元'),
          per: 'total',
        },
      ],
    },
    {
      id: '10',
      label: '（十）',
      section: '五、畅通跨境电商物流通道',
      text: '（十）建设跨境电商海关监管场所。结合株洲跨境电商业务发展，建设海关监管场所，对通过海关验收且投入使用的跨境电商监管查验场所，对场所运营方发生的运营费用给予最高100万元/年支持。[责任单位：市商务局、市财政局、株洲海关]',
      rules: (a) => [
        {
          id: '10/supervision-site',
          title: {
            zh: '跨境电商监管查验场所运营费用支持',
            en: 'Operating costs of customs supervision sites',
          },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'maximum',
          conditions: [is('supervisionSiteInUse')],
          amount: amount.share('supervisionSiteOperatingCostYuan', a.rateWords('1', '发生的运营费用')),
          cap: a.yuan('100万元'),
        },
      ],
    },
    {
      id: '11',
      label: '（十一）',
      section: '五、畅通跨境电商物流通道',
      text: '（十一）拓宽跨境电商物流渠道。支持为跨境电商服务的现代物流企业发展，对与线上综合服务平台实现对接，且年服务我市跨境电商企业物流单量达到10万单以上的企业，按不超过实际营业收入5%的比例，给予最高50万元奖励。鼓励邮政、快递等物流企业根据株洲综试区业务需求，创新发展国际小包、国际专线等跨境寄递服务，提升跨境电商物流服务能力，推进协同发展。[责任单位：市邮政管理局、市商务局、市财政局]',
      rules: (a) => [
        {
          id: '11/logistics',
          title: { zh: '跨境电商物流企业奖励', en: 'Award to cross-border e-commerce logistics enterprises' },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'maximum',
          conditions: [
            is('connectedToPlatform'),
            atLeast('localCbecLogisticsOrdersCount', a.count(100000, '10万单')),
          ],
          amount: amount.share('logisticsRevenueYuan', a.rate('5%')),
          cap: a.yuan('50万元'),
        },
      ],
    },
    {
      id: '12',
      label: '（十二）',
      section: '六、加大跨境电商金融支撑',
      text: '（十二）加强跨境电商企业融资服务。鼓励金融机构创新开展跨境电商投融资服务，开发创新型信贷产品，运用电商供应链物流、资金流等信息，开展应收账款融资、保兑仓融资、融通仓融资等金融产品创新，缓解企业融资难问题。加强对跨境电商企业的上市指导，鼓励企业在境内外资本市场上市，符合条件的享受企业上市扶持有关政策。[责任单位：市金融办、市商务局、市财政局]',
      rules: () => [
        {
          id: '12/listing',
          title: { zh: '跨境电商企业上市扶持', en: 'Listing support' },
          kind: 'deferred',
          beneficiaries: ['enterprise'],
          conditions: [is('listingInProgress')],
          deferredTo: { zh: '企业上市扶持有关政策', en: 'the city’s listing support policy' },
        },
      ],
    },
    {
      id: '13',
      label: '（十三）',
      section: '六、加大跨境电商金融支撑',
      text: '（十三）支持跨境电商企业投保出口信用保险。积极发挥出口信用保险的逆周期调节作用，鼓励企业灵活运用结算方式，规避收汇风险，对跨境电商企业投保发生的费用，符合条件的享受出口信用保险扶持有关政策。[责任单位：市商务局、市财政局]',
      rules: (a) => [
        {
          id: '13/credit-insurance',
          title: { zh: '出口信用保险扶持', en: 'Export credit insurance support' },
          kind: 'deferred',
          beneficiaries: ['enterprise'],
          conditions: [over('exportCreditInsurancePremiumYuan', a.yuanWords('0', '投保发生的费用'))],
          deferredTo: { zh: '出口信用保险扶持有关政策', en: 'the export credit insurance support policy' },
        },
      ],
    },
    {
      id: '14',
      label: '（十四）',
      section: '七、强化跨境电商人才培引',
      text: '（十四）引进跨境电商专业人才。加快引进急需紧缺跨境电商人才，支持符合条件的享受株洲市人才发展有关政策。对市级以上跨境电商产业园和孵化服务中心、符合条件的跨境电商综合服务平台及支撑服务企业、在本地有实际进出口额或带动本地区产品实际出口的企业，新引进的跨境电商运营、综合服务及小语种等紧缺型人才，报请市级相关部门按程序进行评审。[责任单位：市委人才办、市人社局、市财政局、市商务局]',
      rules: () => [
        {
          id: '14/talent',
          title: { zh: '新引进跨境电商紧缺型人才', en: 'Scarce cross-border e-commerce talent recruited' },
          kind: 'deferred',
          beneficiaries: ['enterprise', 'park_operator', 'incubator_operator', 'institution'],
          conditions: [is('newShortageTalentRecruited')],
          deferredTo: {
            zh: '株洲市人才发展有关政策，报请市级相关部门按程序评审',
            en: 'the city’s talent policy, reviewed by the competent city departments',
          },
        },
      ],
    },
    {
      id: '15',
      label: '（十五）',
      section: '七、强化跨境电商人才培引',
      text: '（十五）加强跨境电商人才培育。构建政府、学校、社会、企业多方联动的跨境电商人才培养体系，鼓励在株各类大学、高职院校开设跨境电商相关专业（专业方向），支持学校与企业合作开办“订单班”“特色班”等，支持职业培训机构开设跨境电商相关培训，符合条件的享受职业技能培训有关政策。加强政、校、企、协会合作，建立跨境电商培训基地，建设跨境电商讲师和专家团队，开展跨境电商职业技能大赛，培养复合型跨境电商人才。对经商务部门认定的市级跨境电商培训基地，给予首年不超过20万元、后两年每年不超过10万元支持。[责任单位：市教育局、市人社局、市商务局、市财政局]',
      rules: (a) => [
        {
          id: '15/vocational-training',
          title: { zh: '跨境电商相关专业与职业培训', en: 'Courses and vocational training' },
          kind: 'deferred',
          beneficiaries: ['institution', 'enterprise'],
          conditions: [is('vocationalTrainingProvider')],
          deferredTo: { zh: '职业技能培训有关政策', en: 'the vocational skills training policy' },
        },
        {
          id: '15/training-base',
          title: {
            zh: '市级跨境电商培训基地支持（首年、后两年）',
            en: 'Support for municipal training bases (three years)',
          },
          kind: 'payment',
          beneficiaries: ['institution', 'enterprise'],
          basis: 'maximum',
          amount: amount.yearSchedule('trainingBaseRecognisedYear', [
            a.yuan('20万元'),
            a.yuan('10万元'),
            a.yuan('10万元'),
          ]),
        },
      ],
    },
    {
      id: '16',
      label: '（十六）',
      section: '八、优化跨境电商监管服务',
      text: '（十六）加强联企服务。加强跨境电商运营监测，对列入市级跨境电商样本名单的企业予以支持。建立跨境电商联席会议制度和重点企业联企服务机制，对跨境电商共性问题、突出问题和创新突破事项，由商务、海关、税务、外汇等主管部门按照包容审慎原则会商支持。[责任单位：市商务局、市财政局、人民银行株洲市分行（国家外汇管理局株洲市分局）、株洲海关、市税务局]',
      rules: () => [
        {
          id: '16/sample-enterprise',
          title: { zh: '市级跨境电商样本企业支持', en: 'Support for sample enterprises (no amount stated)' },
          kind: 'unquantified',
          beneficiaries: ['enterprise'],
          conditions: [is('sampleEnterprise')],
        },
      ],
    },
    {
      id: '17',
      label: '（十七）',
      section: '八、优化跨境电商监管服务',
      text: '（十七）加强海关服务。对符合条件的跨境电商企业实施 “简化申报”，持续推进“清单核放、汇总统计”通关模式。对境电商进出口货物优先查验，实现“7×24小时”预约通关，将跨境电商平台企业纳入海关高级认证企业重点培育名单。优化跨境电商企业对企业（B2B）出口通关服务，推行“一次登记、一点对接、优先查验、允许转关、退货便利”等便利化措施，加快通关速度。[责任单位：株洲海关]',
    },
    {
      id: '18',
      label: '（十八）',
      section: '八、优化跨境电商监管服务',
      text: '（十八）加强税务服务。对出口退（免）税管理类别为一类、二类和三类的跨境电商出口企业全面推行出口退税无纸化申报。进一步压缩出口退税办理时间，提升退税办理效率。坚持包容审慎原则，推进落实跨境电商零售出口货物试行“无票免税”，对符合相关条件的企业试行企业所得税核定征收政策，跨境电商出口海外仓的货物出口退（免）税政策，实现跨境电商B2B出口、跨境电商出口海外仓模式退税便利化。[责任单位：市税务局]',
    },
    {
      id: '19',
      label: '（十九）',
      section: '八、优化跨境电商监管服务',
      text: '（十九）加强外汇服务。支持银行为跨境电商市场主体提供结售汇及相关资金收付服务。支持从事跨境电商的企业 将出口货物在境外发生的仓储、物流、税收等费用与出口货款轧差结算，并按规定办理实际收付汇数据和还原数据申报。跨境电商企业出口至海外仓销售的货物，汇回的实际销售收入可与相应货物的出口报关金额不一致。从事跨境电商的境内个人，可通过个人外汇账户办理跨境电商外汇结算。[责任单位：人民银行株洲市分行（国家外汇管理局株洲市分局）]',
    },
    {
      id: '20',
      label: '（二十）',
      section: '九、营造跨境电商发展氛围',
      text: '（二十）支持跨境电商行业标准创新。鼓励企业、行业协会研制跨境电商领域的国际、国家、行业（团体）、地方标准和技术规范，符合条件的享受株洲市标准化项目有关政策。支持跨境电商综试区创新发展。对在通关申报、金融服务、快递物流和统计监测等方面获得国家复制推广的首创应用项目，每个项目给予最高100万元的一次性奖励。获得湖南省内复制推广的首创应用项目，每个项目给予最高30万元的一次性奖励。[责任单位：市商务局、市市场监管局、市财政局]',
      rules: (a) => [
        {
          id: '20/standards',
          title: { zh: '跨境电商标准研制', en: 'Standards drafted' },
          kind: 'deferred',
          beneficiaries: ['enterprise', 'institution'],
          conditions: [is('draftedStandards')],
          deferredTo: { zh: '株洲市标准化项目有关政策', en: 'the city’s standardisation project policy' },
        },
        {
          id: '20/national-replication',
          title: {
            zh: '获国家复制推广的首创应用项目一次性奖励',
            en: 'One-off award per pioneering project replicated nationally',
          },
          kind: 'payment',
          beneficiaries: ['enterprise', 'institution'],
          basis: 'maximum',
          amount: amount.per('nationallyReplicatedProjectsCount', a.perUnit('100万元')),
        },
        {
          id: '20/provincial-replication',
          title: {
            zh: '获湖南省内复制推广的首创应用项目一次性奖励',
            en: 'One-off award per pioneering project replicated in Hunan',
          },
          kind: 'payment',
          beneficiaries: ['enterprise', 'institution'],
          basis: 'maximum',
          amount: amount.per('provinciallyReplicatedProjectsCount', a.perUnit('30万元')),
        },
      ],
    },
    {
      id: '21',
      label: '（二十一）',
      section: '九、营造跨境电商发展氛围',
      text: '（二十一）开展跨境电商交流活动。支持国内外知名跨境电商企业、媒体、行业协会等在我市举办高水平的跨境电商峰会论坛、展会、创新创业大赛、直播宣传推介等活动，符合条件的论坛、展会、会议、赛事等项目，予以一定支持。支持企业参加跨境电商展会，对株洲企业参加湖南省商务厅或株洲市商务局主办的跨境电商展会展位费予以全额补贴。对株洲企业参加其它境内外跨境电商展会（含云展会），给予展位费（云展会展位费、服务费、平台推广费）不超过70%的资金支持，单个企业年支持最高5万元。[责任单位：市商务局、市财政局]',
      rules: (a) => [
        {
          id: '21/events',
          title: {
            zh: '举办跨境电商峰会论坛、展会、大赛等活动支持',
            en: 'Support for summits, fairs and contests held (no amount stated)',
          },
          kind: 'unquantified',
          beneficiaries: ['enterprise', 'institution'],
          conditions: [is('approvedSupportActivity')],
        },
        {
          id: '21/hosted-exhibitions',
          title: {
            zh: '参加省商务厅或市商务局主办展会展位费全额补贴',
            en: 'Full booth fees at fairs held by the provincial or city commerce department',
          },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'fixed',
          amount: amount.share('hostedExhibitionBoothFeeYuan', a.rateWords('1', '全额补贴')),
        },
        {
          id: '21/other-exhibitions',
          title: { zh: '参加其它境内外跨境电商展会展位费支持', en: 'Booth fees at other fairs' },
          kind: 'payment',
          beneficiaries: ['enterprise'],
          basis: 'maximum',
          amount: amount.share('otherExhibitionBoothFeeYuan', a.rate('70%')),
        },
      ],
      // “单个企业年支持最高5万元” belongs to the other-fairs sentence only (decision D8).
      enterpriseCaps: (a) => [
        {
          id: '21/yearly',
          label: { zh: '其它展会单个企业年度上限', en: 'yearly cap on other fairs' },
          rules: ['21/other-exhibitions'],
          amount: a.yuan('5万元'),
          per: 'year',
        },
      ],
    },
    {
      id: 'closing',
      label: '施行',
      section: null,
      text: '本意见自公布之日起施行，有效期内如遇上级政策调整或变化，以上级政策为准。市级安排专项资金用于支持跨境电商高质量发展。各县（市）区及开发园区应结合实际，出台本地区支持跨境电商高质量发展的扶持政策。',
    },
  ],
});
