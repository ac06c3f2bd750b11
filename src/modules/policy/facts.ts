import { z } from 'zod';
import { AppError, type Bilingual, type FieldError } from '../../shared/app-error.js';
import { fieldErrorsFromZod } from '../../shared/validation.js';
import { isCalendarDate } from './dates.js';

/**
 * The facts vocabulary: every input a rule may read, with its unit, the period it covers and where it
 * comes from. `platform` facts are computed from the platform's own data (filings, linked shops,
 * released inventories, parks, disbursements); `declared` facts are declared by the applicant with
 * evidence and checked by reviewers. docs/policies.md lists them all (a test keeps it in step).
 */

export type FactUnit =
  'yuan' | 'm2' | 'count' | 'year' | 'date' | 'boolean' | 'level' | 'applicant_kind' | 'records' | 'awards';

/**
 * year: the calendar year evaluated (当年 / 年度); year_end: the state at the end of it; in_year: an
 * event that happened in it; before_year: history before it; first_park_year: the twelve months from
 * entering a park; record: one row of a list; declared_once: a fixed attribute (a date, a contract).
 */
export type FactPeriod =
  'year' | 'year_end' | 'in_year' | 'before_year' | 'first_park_year' | 'record' | 'declared_once';
export type FactSource = 'platform' | 'declared';

/** Recognition levels, ordered: a higher level satisfies a condition on a lower one. */
export const LEVELS = ['none', 'municipal', 'provincial', 'national'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_NAMES: Record<Level, Bilingual> = {
  none: { zh: '未认定', en: 'not recognised' },
  municipal: { zh: '市级', en: 'municipal' },
  provincial: { zh: '省级', en: 'provincial' },
  national: { zh: '国家级', en: 'national' },
};

/** Who applies: the documents pay enterprises, park operators, incubator operators, county governments and institutions. */
export const APPLICANT_KINDS = [
  'enterprise',
  'park_operator',
  'incubator_operator',
  'county_government',
  'institution',
] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];
export const APPLICANT_KIND_NAMES: Record<ApplicantKind, Bilingual> = {
  enterprise: { zh: '企业', en: 'enterprise' },
  park_operator: { zh: '园区建设单位/运营方', en: 'park builder or operator' },
  incubator_operator: { zh: '孵化中心运营主体', en: 'incubator operator' },
  county_government: { zh: '县（市）区', en: 'county or district government' },
  institution: {
    zh: '院校、培训机构、协会等机构',
    en: 'school, training institution, association or other body',
  },
};

export interface FieldDef {
  readonly zh: string;
  readonly en: string;
  readonly unit: Exclude<FactUnit, 'records' | 'awards' | 'level' | 'applicant_kind'>;
}

export interface FactDef {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  readonly unit: FactUnit;
  readonly period: FactPeriod;
  readonly source: FactSource;
  /** What the number is, where the text is not obvious from the name. */
  readonly note?: string;
  /** For `records`: the fields of one row. */
  readonly fields?: Readonly<Record<string, FieldDef>>;
}

type Spec = Omit<FactDef, 'id'>;
/** One fact; generic in its unit so the typed condition builders accept only facts of the right kind. */
const f = <U extends FactUnit>(
  zh: string,
  en: string,
  unit: U,
  period: FactPeriod,
  source: FactSource,
  note?: string,
) => ({
  zh,
  en,
  unit,
  period,
  source,
  ...(note ? { note } : {}),
});

const LOAN_FIELDS = {
  principalYuan: { zh: '贷款本金', en: 'principal', unit: 'yuan' },
  startDate: { zh: '放款日（确定同期 LPR）', en: 'drawdown date (fixes the LPR)', unit: 'date' },
  days: { zh: '本年度计息天数', en: 'interest days in the year', unit: 'count' },
  interestPaidYuan: { zh: '本年度实付利息', en: 'interest actually paid in the year', unit: 'yuan' },
} as const satisfies Record<string, FieldDef>;

const FACT_SPECS = {
  // ── the applicant ──
  applicantKind: f(
    '申请主体类型',
    'kind of applicant',
    'applicant_kind',
    'year_end',
    'platform',
    'from the filing',
  ),
  registeredAndTaxedInZone: f(
    '在本市依法注册、纳税',
    'registered and paying tax in the city',
    'boolean',
    'year_end',
    'platform',
  ),
  independentLegalPerson: f(
    '具有独立法人资质',
    'an independent legal person',
    'boolean',
    'year_end',
    'platform',
  ),
  hasCbecTradeRecord: f(
    '有跨境电商进出口业绩',
    'has cross-border e-commerce import or export performance',
    'boolean',
    'year',
    'platform',
  ),
  inCustomsCbecStatistics: f(
    '纳入海关跨境贸易电商统计体系',
    'counted in customs cross-border e-commerce statistics',
    'boolean',
    'year',
    'platform',
  ),
  isLeadingEnterprise: f(
    '跨境电商龙头企业（含本土成长企业）',
    'a leading cross-border e-commerce enterprise (home-grown included)',
    'boolean',
    'year_end',
    'declared',
    'recognised by the commerce bureau',
  ),
  isKeyProject: f(
    '跨境电商重点项目',
    'a key cross-border e-commerce project',
    'boolean',
    'year_end',
    'declared',
    'recognised by the commerce bureau',
  ),
  introducedInPeriod: f(
    '当年引进（来本市设立企业、总部或项目）',
    'introduced into the city in the year (enterprise, headquarters or project)',
    'boolean',
    'in_year',
    'declared',
  ),
  isTraditionalEnterpriseInPilot: f(
    '开展跨境电商业务试点的本市传统企业',
    'a local traditional enterprise in the cross-border e-commerce pilot',
    'boolean',
    'in_year',
    'declared',
  ),
  isTraditionalForeignTradeEnterprise: f(
    '传统外贸企业',
    'a traditional foreign-trade enterprise',
    'boolean',
    'year_end',
    'declared',
  ),
  isSmallOrMicroEnterprise: f('小微企业', 'a small or micro enterprise', 'boolean', 'year_end', 'declared'),
  isPlatformEnterprise: f(
    '跨境电子商务平台型企业',
    'a cross-border e-commerce platform enterprise',
    'boolean',
    'year_end',
    'declared',
  ),
  filedOnPlatform: f('在线上综合服务平台备案', 'filed on the platform', 'boolean', 'year_end', 'platform'),
  linkedShopsFiled: f(
    '已在市级商务部门或线上综合服务平台进行关联店铺备案',
    'linked shops filed with the commerce bureau or on the platform',
    'boolean',
    'year_end',
    'platform',
  ),
  connectedToPlatform: f(
    '与线上综合服务平台实现对接',
    'connected to the platform',
    'boolean',
    'year_end',
    'platform',
  ),
  priorAwards: f(
    '此前年度已获本项奖补金额（按规则）',
    'amounts received in earlier years, per rule id',
    'awards',
    'before_year',
    'platform',
    'from the subsidy module’s disbursements; keys are rule ids of the zone',
  ),
  otherPolicyAwards: f(
    '同一事项已获本市其他政策奖补金额（按规则）',
    'awards for the same matter under other city policies, per rule id',
    'awards',
    'year',
    'declared',
  ),

  // ── trade ──
  cbecExportYuan: f(
    '当年跨境电商出口总额',
    'cross-border e-commerce export value of the year',
    'yuan',
    'year',
    'platform',
    'released export inventories (9610) and 9710/9810/1210 export declarations, in yuan',
  ),
  cbecExportedBeforePeriod: f(
    '此前年度已有跨境电商出口',
    'had cross-border e-commerce exports before the year',
    'boolean',
    'before_year',
    'platform',
  ),
  cbecImportExportYuan: f(
    '当年跨境电商进出口总额',
    'cross-border e-commerce import and export value of the year',
    'yuan',
    'year',
    'platform',
  ),
  importExportYuan: f(
    '当年实际进出口额（全部贸易方式）',
    'import and export value of the year, all trade modes',
    'yuan',
    'year',
    'declared',
    'customs statistics of the enterprise',
  ),
  cbecOnlineTransactionYuan: f(
    '当年跨境电商线上交易额',
    'cross-border e-commerce online transaction value of the year',
    'yuan',
    'year',
    'platform',
    'orders of the filed linked shops',
  ),
  cbecTransactionYuan: f(
    '当年跨境电商年交易额',
    'cross-border e-commerce transaction value of the year',
    'yuan',
    'year',
    'platform',
  ),
  cbecTransactionPriorMaxYuan: f(
    '此前各年度跨境电商年交易额的最高值',
    'highest cross-border e-commerce transaction value of any earlier year',
    'yuan',
    'before_year',
    'platform',
  ),
  localProductExportDrivenYuan: f(
    '当年带动本地区产品出口额',
    'exports of local products driven in the year',
    'yuan',
    'year',
    'declared',
  ),
  beltAndRoadSubsiteOpened: f(
    '面向“一带一路”国家与地区开设子网站或独立页面',
    'runs a sub-site or page for Belt and Road countries',
    'boolean',
    'year_end',
    'declared',
  ),
  beltAndRoadTransactionYuan: f(
    '与目的地区年跨境电商成交额',
    'cross-border e-commerce turnover with the destination region in the year',
    'yuan',
    'year',
    'declared',
  ),

  // ── parks, belts, incubators ──
  parkRecognisedInPeriod: f(
    '当年获认定的跨境电商产业园级别',
    'park recognition level obtained in the year',
    'level',
    'in_year',
    'declared',
  ),
  parkRecognitionLevel: f(
    '园区已获商务部门认定的级别',
    'recognition level the park holds',
    'level',
    'year_end',
    'platform',
    'park register',
  ),
  isProvincialEcommerceDemoBase: f(
    '已被评定的省级电子商务示范基地',
    'a provincial e-commerce demonstration base',
    'boolean',
    'year_end',
    'declared',
  ),
  isProvincialDigitalCommerceCluster: f(
    '省级数字商务集聚区',
    'a provincial digital commerce cluster',
    'boolean',
    'year_end',
    'declared',
  ),
  parkNewCbecTenantsCount: f(
    '园区当年新入驻有跨境电商业绩的企业数',
    'new tenants with cross-border e-commerce performance in the year',
    'count',
    'year',
    'platform',
  ),
  parkCbecImportExportYuan: f(
    '园区当年跨境电商进出口总额',
    'the park’s cross-border e-commerce import and export value of the year',
    'yuan',
    'year',
    'platform',
    'sum over the park’s tenants',
  ),
  enteredRecognisedParkInPeriod: f(
    '当年新入驻经认定的跨境电商产业园（含设立全资子公司）',
    'newly entered a recognised park in the year (wholly owned subsidiary included)',
    'boolean',
    'in_year',
    'platform',
  ),
  parkLeasedAreaM2: f(
    '在园区实际租赁（自用）面积（办公、仓储等场所）',
    'area leased in the park for own use (offices, storage…)',
    'm2',
    'year_end',
    'declared',
  ),
  parkRentPaidYuan: f('当年在园区实际支付的租金', 'park rent paid in the year', 'yuan', 'year', 'declared'),
  parkLeaseStartDate: f(
    '园区租赁起租日',
    'lease start date in the park',
    'date',
    'declared_once',
    'declared',
  ),
  parkFirstYearOnlineTransactionYuan: f(
    '进驻园区后首年跨境电商线上交易额',
    'online transaction value in the first year after entering the park',
    'yuan',
    'first_park_year',
    'platform',
  ),
  parkFirstYearImportExportYuan: f(
    '进驻园区后首年进出口额',
    'import and export value in the first year after entering the park',
    'yuan',
    'first_park_year',
    'platform',
  ),
  industryBeltRecognisedInPeriod: f(
    '当年获认定的跨境电商产业带级别',
    'industry belt recognition level obtained in the year',
    'level',
    'in_year',
    'declared',
  ),
  incubatorRecognisedInPeriod: f(
    '当年获认定的孵化服务中心级别',
    'incubator recognition level obtained in the year',
    'level',
    'in_year',
    'declared',
  ),
  incubatorAllFunctions: f(
    '集孵化辅导、实操培训、业务试点、市场开拓等功能于一体',
    'combines coaching, hands-on training, pilots and market development',
    'boolean',
    'year_end',
    'declared',
  ),
  incubatedEnterprisesCount: f(
    '当年成功孵化跨境电商企业数',
    'cross-border e-commerce enterprises incubated in the year',
    'count',
    'year',
    'declared',
  ),
  smesServedCount: f(
    '带动和促进发展跨境电商的服务企业数量',
    'enterprises served in developing cross-border e-commerce',
    'count',
    'year',
    'declared',
  ),

  // ── stores ──
  o2oStoreAreaM2: f(
    '跨境商品O2O线下体验店营业面积（非社区店）',
    'floor area of the O2O experience store (not a community store)',
    'm2',
    'year_end',
    'declared',
    'an enterprise with several such stores applies per store',
  ),
  o2oStoreTransactionYuan: f(
    '该体验店年交易额',
    'that store’s transaction value of the year',
    'yuan',
    'year',
    'declared',
  ),
  newCommunityO2oStoresCount: f(
    '当年新增社区跨境电商O2O体验店数',
    'community O2O experience stores opened in the year',
    'count',
    'year',
    'declared',
  ),

  // ── costs ──
  firstYearIncubationFeeYuan: f(
    '首年孵化服务费',
    'incubation service fee of the first year',
    'yuan',
    'year',
    'declared',
  ),
  onlinePromotionCostYuan: f(
    '当年跨境电商线上推广费用',
    'online promotion costs of the year',
    'yuan',
    'year',
    'declared',
  ),
  commissionFeeYuan: f(
    '当年扣点费（平台佣金）',
    'platform commission (扣点) of the year',
    'yuan',
    'year',
    'declared',
  ),
  internationalLogisticsCostYuan: f(
    '当年国际物流费用',
    'international logistics costs of the year',
    'yuan',
    'year',
    'declared',
  ),
  platformPromotionFeeYuan: f(
    '入驻第三方交易平台年度推广费用',
    'promotion fees on third-party platforms, for the year',
    'yuan',
    'year',
    'declared',
  ),
  newShopAnnualFeeYuan: f(
    '第三方平台新注册店铺的平台入驻年费',
    'annual fees of shops newly opened on third-party platforms',
    'yuan',
    'year',
    'declared',
  ),
  executivesIncomeTaxYuan: f(
    '企业法人、董事长、总经理等高管当年在本市缴纳的个人所得税',
    'individual income tax paid in the city by the executives in the year',
    'yuan',
    'year',
    'declared',
  ),
  ownTrademarkInDestinationCountry: f(
    '拥有目的国自有商标',
    'owns a trademark in the destination country',
    'boolean',
    'year_end',
    'declared',
  ),
  newInternationalCertification: f(
    '当年新通过国际认证',
    'obtained a new international certification in the year',
    'boolean',
    'in_year',
    'declared',
  ),
  internationalCertificationFeeYuan: f(
    '国际认证费用',
    'international certification fees',
    'yuan',
    'year',
    'declared',
  ),
  supervisionSiteInUse: f(
    '跨境电商监管查验场所通过海关验收且投入使用',
    'supervision and inspection site accepted by customs and in use',
    'boolean',
    'year',
    'declared',
  ),
  supervisionSiteOperatingCostYuan: f(
    '当年监管查验场所运营费用',
    'operating costs of the supervision site in the year',
    'yuan',
    'year',
    'declared',
  ),
  supervisionEquipmentInvestmentYuan: f(
    '当年查验设备、辅助设备、管理信息系统、溯源系统及软件开发投入',
    'investment of the year in inspection and auxiliary equipment, management and traceability systems, software',
    'yuan',
    'year',
    'declared',
  ),
  builtPlatformOrParkFacilities: f(
    '承担平台建设或园区配套建设',
    'builds platform or park facilities',
    'boolean',
    'year',
    'declared',
  ),
  approvedSupportActivity: f(
    '有经主管部门批准的支撑服务或活动（展览、宣传、论坛、课题研究、赛事等）',
    'has support services or events approved by the competent body',
    'boolean',
    'year',
    'declared',
  ),
  sampleEnterprise: f(
    '列入市级跨境电商样本名单',
    'on the municipal list of sample enterprises',
    'boolean',
    'year_end',
    'declared',
  ),
  draftedStandards: f(
    '研制跨境电商领域标准或技术规范',
    'drafted cross-border e-commerce standards or specifications',
    'boolean',
    'year',
    'declared',
  ),
  listingInProgress: f(
    '在境内外资本市场上市或筹备上市',
    'listed or preparing to list on a stock market',
    'boolean',
    'year',
    'declared',
  ),
  vocationalTrainingProvider: f(
    '开办跨境电商相关专业或职业培训',
    'runs cross-border e-commerce courses or vocational training',
    'boolean',
    'year',
    'declared',
  ),
  newShortageTalentRecruited: f(
    '当年新引进跨境电商运营、综合服务及小语种等紧缺型人才',
    'recruited scarce cross-border e-commerce talent in the year',
    'boolean',
    'in_year',
    'declared',
  ),

  // ── logistics, warehouses ──
  localCbecLogisticsOrdersCount: f(
    '当年服务本市跨境电商企业物流单量',
    'logistics orders served for the city’s cross-border e-commerce enterprises in the year',
    'count',
    'year',
    'platform',
  ),
  logisticsRevenueYuan: f(
    '当年实际营业收入',
    'actual operating revenue of the year',
    'yuan',
    'year',
    'declared',
  ),
  isCbecDomesticLogisticsEnterprise: f(
    '跨境电商国内物流（含快递）配送企业',
    'a domestic cross-border e-commerce logistics or express enterprise',
    'boolean',
    'year_end',
    'declared',
  ),
  cbecDomesticLogisticsOrdersCount: f(
    '当年度跨境电商物流订单量',
    'cross-border e-commerce logistics orders of the year',
    'count',
    'year',
    'platform',
  ),
  internationalExpressOperator: f(
    '以国际快件方式开展进出口业务',
    'imports or exports as international express',
    'boolean',
    'year',
    'declared',
  ),
  publicDistributionCentreBuilder: f(
    '跨境电商公共分拨中心的主体建设单位或企业',
    'the builder of a public cross-border e-commerce distribution centre',
    'boolean',
    'in_year',
    'declared',
  ),
  publicServicePlatformEnteredInPeriod: f(
    '当年入驻的第三方公共服务平台',
    'a third-party public service platform that entered in the year',
    'boolean',
    'in_year',
    'declared',
  ),
  customsSpecialAreaCertified: f(
    '通过海关特殊监管区域或场所认证',
    'certified for a customs special supervision area or site',
    'boolean',
    'year_end',
    'declared',
  ),
  provincialPublicOverseasWarehouses: {
    ...f(
      '省级公共海外仓（每仓一行）',
      'provincial public overseas warehouses, one row each',
      'records',
      'record',
      'declared',
    ),
    fields: {
      recognisedYear: {
        zh: '认定为省级公共海外仓的年份',
        en: 'year recognised as provincial public overseas warehouse',
        unit: 'year',
      },
    },
  },
  publicOverseasWarehousePilotListed: f(
    '当年被部、省、市商务部门列入公共海外仓建设试点',
    'listed in the year as a public overseas warehouse pilot by the ministry, province or city',
    'boolean',
    'in_year',
    'declared',
  ),
  provincialPublicOverseasWarehouseApproved: f(
    '当年获批省级公共海外仓',
    'approved as a provincial public overseas warehouse in the year',
    'boolean',
    'in_year',
    'declared',
  ),
  overseasWarehouseFiledWithCustoms: f(
    '海外仓已在本地海关备案',
    'overseas warehouse filed with the local customs',
    'boolean',
    'year_end',
    'declared',
  ),
  overseasWarehouseLeases: {
    ...f(
      '租赁的海外仓（每仓一行）',
      'leased overseas warehouses, one row each',
      'records',
      'record',
      'declared',
    ),
    fields: {
      areaM2: { zh: '租赁面积', en: 'leased area', unit: 'm2' },
      rentYuan: { zh: '当年实际租赁费用', en: 'rent paid in the year', unit: 'yuan' },
    },
  },
  mofcomExcellentOverseasWarehouseCase: f(
    '当年入选商务部优秀海外仓实践案例',
    'selected in the year as a MOFCOM excellent overseas warehouse case',
    'boolean',
    'in_year',
    'declared',
  ),
  selfBuiltOverseasWarehouseAreaM2: f(
    '自建海外仓面积',
    'area of the self-built overseas warehouse',
    'm2',
    'year_end',
    'declared',
  ),
  overseasWarehouseCountryImportExportYuan: f(
    '在海外仓所在国家或地区的当年进出口额',
    'import and export value of the year in the overseas warehouse’s country',
    'yuan',
    'year',
    'declared',
  ),
  consolidationWarehouseSmesServedCount: f(
    '集货仓服务本市中小微企业数',
    'local small and micro enterprises served by the consolidation warehouse',
    'count',
    'year',
    'declared',
  ),
  consolidationWarehouseCbecImportExportYuan: f(
    '集货仓当年跨境电商进出口额',
    'cross-border e-commerce import and export value of the consolidation warehouse in the year',
    'yuan',
    'year',
    'platform',
  ),
  excellentOverseasWarehouseEnterprise: f(
    '本市优秀海外仓企业',
    'an excellent overseas warehouse enterprise of the city',
    'boolean',
    'year_end',
    'declared',
  ),

  // ── finance ──
  crossBorderFinanceLoans: {
    ...f(
      '跨境电商交易中使用的跨境金融产品贷款（每笔一行）',
      'cross-border finance loans used in cross-border e-commerce trade, one row each',
      'records',
      'record',
      'declared',
    ),
    fields: LOAN_FIELDS,
  },
  creditInsuranceFinancingLoans: {
    ...f(
      '出口信用保险项下融资（每笔一行）',
      'financing under export credit insurance, one row each',
      'records',
      'record',
      'declared',
    ),
    fields: LOAN_FIELDS,
  },
  exportCreditInsurancePremiumYuan: f(
    '当年出口信用保险保费',
    'export credit insurance premium of the year',
    'yuan',
    'year',
    'declared',
  ),
  premiumViaSingleWindow: f(
    '通过“中国国际贸易单一窗口”投保',
    'insured through the China international trade single window',
    'boolean',
    'year',
    'declared',
  ),

  // ── talent and training ──
  inHouseTrainingCostYuan: f(
    '当年本企业员工跨境电商在职培训费用',
    'in-house cross-border e-commerce staff training costs of the year',
    'yuan',
    'year',
    'declared',
  ),
  talentBaseRecognised: f(
    '经市商务部门认定（授牌）的跨境电商人才培养（输出）基地',
    'a talent training base recognised by the city commerce bureau',
    'boolean',
    'year_end',
    'declared',
  ),
  talentBaseInvestmentYuan: f(
    '基地基础建设与实际运营投入',
    'the base’s construction and operating investment',
    'yuan',
    'year',
    'declared',
  ),
  trainingBaseRecognisedYear: f(
    '市级跨境电商培训基地认定年份',
    'year recognised as a municipal training base',
    'year',
    'declared_once',
    'declared',
  ),
  seniorTalentContractYears: f(
    '引进高级人才签订的服务合同年限',
    'service contract term of the senior talent hired (years)',
    'count',
    'declared_once',
    'declared',
  ),
  seniorTalentAnnualSalaryYuan: f(
    '引进高级人才年薪',
    'annual salary of the senior talent hired',
    'yuan',
    'year',
    'declared',
  ),
  trainingEvents: {
    ...f(
      '举办的跨境电商培训活动（每场一行）',
      'cross-border e-commerce training events held, one row each',
      'records',
      'record',
      'declared',
    ),
    fields: {
      participantsCount: { zh: '活动规模（人数）', en: 'participants', unit: 'count' },
      approvedByLeadingGroupOffice: {
        zh: '经综试区领导小组办公室同意举办',
        en: 'approved by the leading group office',
        unit: 'boolean',
      },
    },
  },
  trainingFiledWithHrBureau: f(
    '补贴性培训已向培训班所在地人社部门办理开班备案',
    'subsidised courses filed with the local human resources bureau',
    'boolean',
    'year',
    'declared',
  ),
  socialInsurancePaidYuan: f(
    '当年缴纳社保费用总额',
    'social insurance contributions paid in the year',
    'yuan',
    'year',
    'declared',
  ),

  // ── innovation, exhibitions ──
  nationallyReplicatedProjectsCount: f(
    '当年获国家复制推广的首创应用项目数',
    'pioneering projects replicated nationally in the year',
    'count',
    'in_year',
    'declared',
  ),
  provinciallyReplicatedProjectsCount: f(
    '当年获湖南省内复制推广的首创应用项目数（不含已计入国家级的）',
    'pioneering projects replicated within Hunan in the year (not counting those replicated nationally)',
    'count',
    'in_year',
    'declared',
  ),
  hostedExhibitionBoothFeeYuan: f(
    '当年参加省商务厅或市商务局主办的跨境电商展会的展位费',
    'booth fees of the year at exhibitions held by the provincial or city commerce department',
    'yuan',
    'year',
    'declared',
  ),
  otherExhibitionBoothFeeYuan: f(
    '当年参加其它境内外跨境电商展会（含云展会）的展位费、服务费、平台推广费',
    'booth, service and promotion fees of the year at other exhibitions (online ones included)',
    'yuan',
    'year',
    'declared',
  ),
} as const satisfies Record<string, Spec>;

export type FactId = keyof typeof FACT_SPECS;
type UnitOf<K extends FactId> = (typeof FACT_SPECS)[K]['unit'];
type FactsOfUnit<U extends FactUnit> = { [K in FactId]: UnitOf<K> extends U ? K : never }[FactId];
export type NumericFactId = FactsOfUnit<'yuan' | 'm2' | 'count'>;
export type BooleanFactId = FactsOfUnit<'boolean'>;
export type LevelFactId = FactsOfUnit<'level'>;
export type RecordsFactId = FactsOfUnit<'records'>;
export type YearFactId = FactsOfUnit<'year'>;
export type DateFactId = FactsOfUnit<'date'>;

export const FACTS: Readonly<Record<FactId, FactDef>> = Object.fromEntries(
  Object.entries(FACT_SPECS).map(([id, spec]): [string, FactDef] => [id, { id, ...spec }]),
) as Record<FactId, FactDef>;

export function isFactId(id: string): id is FactId {
  return Object.hasOwn(FACTS, id);
}

export const UNIT_NAMES: Record<FactUnit, Bilingual> = {
  yuan: { zh: '元', en: 'yuan' },
  m2: { zh: '平方米', en: 'm²' },
  count: { zh: '个', en: 'count' },
  year: { zh: '年份', en: 'year' },
  date: { zh: '日期', en: 'date' },
  boolean: { zh: '是/否', en: 'yes/no' },
  level: { zh: '级别', en: 'level' },
  applicant_kind: { zh: '主体类型', en: 'kind' },
  records: { zh: '清单', en: 'list of rows' },
  awards: { zh: '按规则的金额', en: 'amount per rule' },
};

// ── validation (zod at the boundary) ──

const YUAN = /^\d{1,15}(\.\d{1,2})?$/;
const AREA = /^\d{1,9}(\.\d{1,2})?$/;
const MAX_COUNT = 1_000_000_000;
const MAX_ROWS = 1000;

const bilingualRefine = (code: string, zh: string, en: string) => ({ message: en, params: { code, zh, en } });
const zYuan = z
  .string()
  .refine(
    (s) => YUAN.test(s),
    bilingualRefine(
      'invalid_money',
      '应为金额字符串（元，最多 2 位小数），如 "1500000.00"',
      'must be a yuan amount as a string with at most 2 decimals, e.g. "1500000.00"',
    ),
  );
const zArea = z
  .string()
  .refine(
    (s) => AREA.test(s),
    bilingualRefine(
      'invalid_area',
      '应为面积字符串（平方米，最多 2 位小数），如 "1200.5"',
      'must be an area in m² as a string with at most 2 decimals, e.g. "1200.5"',
    ),
  );
const zCount = z.number().int().min(0).max(MAX_COUNT);
const zYear = z.number().int().min(2000).max(2099);
const zDate = z
  .string()
  .refine(
    isCalendarDate,
    bilingualRefine(
      'invalid_date',
      '应为真实存在的日期 YYYY-MM-DD',
      'must be a real calendar date YYYY-MM-DD',
    ),
  );

function fieldSchema(unit: FieldDef['unit'] | FactUnit): z.ZodType {
  switch (unit) {
    case 'yuan':
      return zYuan;
    case 'm2':
      return zArea;
    case 'count':
      return zCount;
    case 'year':
      return zYear;
    case 'date':
      return zDate;
    case 'boolean':
      return z.boolean();
    case 'level':
      return z.enum(LEVELS);
    case 'applicant_kind':
      return z.enum(APPLICANT_KINDS);
    case 'awards':
      return z.record(z.string(), zYuan);
    case 'records':
      throw new Error('records need their fields');
  }
}

function factSchema(def: FactDef): z.ZodType {
  if (def.unit === 'records') {
    const shape: Record<string, z.ZodType> = {};
    for (const [k, field] of Object.entries(def.fields ?? {})) shape[k] = fieldSchema(field.unit);
    return z.array(z.strictObject(shape)).max(MAX_ROWS);
  }
  return fieldSchema(def.unit);
}

/** Every fact optional: a fact not given makes the conditions that read it unknown, never false. */
export const ZFacts = z.strictObject(
  Object.fromEntries(Object.values(FACTS).map((d) => [d.id, factSchema(d).optional()])) as Record<
    FactId,
    z.ZodOptional<z.ZodType>
  >,
);

export type FactValue =
  string | number | boolean | Readonly<Record<string, string>> | readonly Readonly<Record<string, unknown>>[];
/** Facts after validation: yuan and m² as decimal strings, counts and years as integers. */
export type Facts = Readonly<Partial<Record<FactId, FactValue>>>;

export type FactsCheck = { ok: true; facts: Facts } | { ok: false; errors: FieldError[] };

// ── the same checks without zod, for the valid case ──
//
// zod builds and walks a result for every key (about 0.2 ms for a full facts object here), which is
// most of an evaluation's time. Valid input is by far the common case, so it is accepted by these
// predicates, written from the same constants; anything they refuse goes through ZFacts, which
// stays the one definition of the errors. A property test checks both agree on valid and broken input.

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function unitOk(unit: FieldDef['unit'] | FactUnit, v: unknown): boolean {
  switch (unit) {
    case 'yuan':
      return typeof v === 'string' && YUAN.test(v);
    case 'm2':
      return typeof v === 'string' && AREA.test(v);
    case 'count':
      return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_COUNT;
    case 'year':
      return typeof v === 'number' && Number.isInteger(v) && v >= 2000 && v <= 2099;
    case 'date':
      return typeof v === 'string' && isCalendarDate(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'level':
      return (LEVELS as readonly unknown[]).includes(v);
    case 'applicant_kind':
      return (APPLICANT_KINDS as readonly unknown[]).includes(v);
    case 'awards':
      return isPlainObject(v) && Object.values(v).every((x) => typeof x === 'string' && YUAN.test(x));
    case 'records':
      return false;
  }
}

function factOk(def: FactDef, v: unknown): boolean {
  if (v === undefined) return true;
  if (def.unit !== 'records') return unitOk(def.unit, v);
  if (!Array.isArray(v) || v.length > MAX_ROWS) return false;
  const fields = def.fields ?? {};
  const names = Object.keys(fields);
  for (const row of v as unknown[]) {
    if (!isPlainObject(row)) return false;
    const keys = Object.keys(row);
    if (keys.length !== names.length) return false;
    for (const k of keys) {
      const field = fields[k];
      if (!field || !unitOk(field.unit, row[k])) return false;
    }
  }
  return true;
}

const FACT_MAP: ReadonlyMap<string, FactDef> = new Map(Object.entries(FACTS));

/** True when ZFacts would accept the input (the fast path of checkFacts). */
export function isValidFacts(input: unknown): input is Facts {
  if (!isPlainObject(input)) return false;
  for (const k of Object.keys(input)) {
    const def = FACT_MAP.get(k);
    if (!def || !factOk(def, input[k])) return false;
  }
  return true;
}

/** Checks a facts object against the vocabulary: an unknown fact or a wrong type is a field error. */
export function checkFacts(input: unknown): FactsCheck {
  if (isValidFacts(input)) return { ok: true, facts: input };
  // reportInput: the shared error mapper tells "wrong type" from "missing" by the input it sees.
  const r = ZFacts.safeParse(input, { reportInput: true });
  if (r.success) return { ok: true, facts: r.data as Facts };
  const errors = fieldErrorsFromZod(r.error.issues, 'facts').map((e) =>
    e.code === 'unknown_field'
      ? {
          ...e,
          code: 'unknown_fact',
          message: {
            zh: `未知的事实项：${e.field.slice(e.field.lastIndexOf('.') + 1)}（见 docs/policies.md 事实词汇）`,
            en: `unknown fact: ${e.field.slice(e.field.lastIndexOf('.') + 1)} (see the facts vocabulary in docs/policies.md)`,
          },
        }
      : e,
  );
  return { ok: false, errors };
}

/** Like checkFacts, throwing the platform's validation error listing every bad field. */
export function parseFacts(input: unknown): Facts {
  const r = checkFacts(input);
  if (!r.ok) throw AppError.validation(r.errors);
  return r.facts;
}
