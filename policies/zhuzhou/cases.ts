import type { ExpectedItem, PolicyCase } from '../../src/modules/policy/cases.js';

/**
 * Cases for the Zhuzhou draft 实施意见（征求意见稿）. A draft is not in force: evaluated only with
 * includeDrafts, as if in force from 2023-07-31 (decision D1). 100万美元 in 2024 at 7.1217 =
 * 7,121,700.00 yuan.
 */

const ENTERPRISE = { applicantKind: 'enterprise' };
const TARGETS = {
  cbecOnlineTransactionYuan: '20000000.00',
  localProductExportDrivenYuan: '10000000.00',
  cbecExportYuan: '2000000.00',
};
const RENT = {
  parkFirstYearOnlineTransactionYuan: '50000000.00',
  parkLeasedAreaM2: '200',
  parkLeaseStartDate: '2024-03-15',
};

const ok = (amount: string | null, tier?: number): ExpectedItem =>
  tier === undefined ? { status: 'eligible', amount } : { status: 'eligible', amount, tier };
const no: ExpectedItem = { status: 'ineligible' };
const off: ExpectedItem = { status: 'not_in_force' };

function k(
  id: string,
  title: string,
  facts: Record<string, unknown>,
  expect: Record<string, ExpectedItem>,
  more: Partial<PolicyCase> = {},
): PolicyCase {
  return {
    id,
    title,
    period: '2024',
    includeDrafts: true,
    facts: { ...ENTERPRISE, ...facts },
    expect,
    ...more,
  };
}

export const ZHUZHOU_CASES: readonly PolicyCase[] = [
  // ── a draft: not in force unless drafts are included; then from 2023-07-31 ──
  k(
    'draft-not-in-force',
    'a draft for comments is not in force',
    { cbecExportYuan: '100.00', cbecExportedBeforePeriod: false },
    { '3/first-export': off },
    { includeDrafts: false },
  ),
  k(
    'draft-2022',
    'with drafts: 2022 is before the assumed start',
    { cbecExportYuan: '100.00', cbecExportedBeforePeriod: false },
    { '3/first-export': off },
    { period: '2022' },
  ),
  k(
    'draft-2023',
    'with drafts: 2023 (from 2023-07-31, part of the year)',
    { cbecExportYuan: '100.00', cbecExportedBeforePeriod: false },
    { '3/first-export': ok('100000.00') },
    { period: '2023' },
  ),
  k(
    'draft-2030',
    'with drafts: no end date',
    { hostedExhibitionBoothFeeYuan: '1000.00' },
    { '21/hosted-exhibitions': ok('1000.00') },
    { period: '2030' },
  ),

  // ── （一） rent schedule and parks ──
  k('1-rent-2024', '（一）: lease from 2024-03-15, 10 months of lease year 1 in 2024 × 200 m² × 4元', RENT, {
    '1/rent': ok('8000.00'),
  }),
  k(
    '1-rent-2025',
    '（一）: 2 months of year 1 at 4元 and 10 of year 2 at 2元',
    RENT,
    { '1/rent': ok('5600.00') },
    { period: '2025' },
  ),
  k(
    '1-rent-2026',
    '（一）: the last 2 months of year 2',
    RENT,
    { '1/rent': ok('800.00') },
    { period: '2026' },
  ),
  k('1-rent-2027', '（一）: after the second lease year nothing', RENT, { '1/rent': no }, { period: '2027' }),
  k(
    '1-rent-whole-year',
    '（一）: lease from 1 January: 12 × 200 × 4',
    { ...RENT, parkLeaseStartDate: '2024-01-01' },
    { '1/rent': ok('9600.00') },
  ),
  k(
    '1-rent-below',
    '（一）: first-year online 0.01 below 5000万 and import-export 0.01 below 1000万',
    {
      ...RENT,
      parkFirstYearOnlineTransactionYuan: '49999999.99',
      parkFirstYearImportExportYuan: '9999999.99',
    },
    { '1/rent': no },
  ),
  k(
    '1-rent-import-export',
    '（一）: import-export of exactly 1000万 is enough (或)',
    { ...RENT, parkFirstYearOnlineTransactionYuan: '0.00', parkFirstYearImportExportYuan: '10000000.00' },
    { '1/rent': ok('8000.00') },
  ),
  k(
    '1-park-municipal',
    '（一）: municipal park, at most 100万',
    { applicantKind: 'park_operator', parkRecognisedInPeriod: 'municipal' },
    { '1/park': ok('1000000.00', 1) },
  ),
  k(
    '1-park-provincial',
    '（一）: provincial park, 500万 not 600万',
    { applicantKind: 'park_operator', parkRecognisedInPeriod: 'provincial' },
    { '1/park': ok('5000000.00', 2) },
  ),
  k(
    '1-park-none',
    '（一）: no recognition in the year',
    { applicantKind: 'park_operator', parkRecognisedInPeriod: 'none' },
    { '1/park': no },
  ),
  k(
    '1-park-enterprise',
    '（一）: the park award goes to the operator',
    { parkRecognisedInPeriod: 'provincial' },
    { '1/park': no },
  ),

  // ── （二） ──
  k(
    '2-municipal',
    '（二）: municipal belt, to the county',
    { applicantKind: 'county_government', industryBeltRecognisedInPeriod: 'municipal' },
    { '2/industry-belt': ok('500000.00', 1) },
  ),
  k(
    '2-provincial',
    '（二）: provincial belt',
    { applicantKind: 'county_government', industryBeltRecognisedInPeriod: 'provincial' },
    { '2/industry-belt': ok('1000000.00', 2) },
  ),

  // ── （三） ──
  k(
    '3-fee',
    '（三）: 80% of 30,000',
    { isTraditionalEnterpriseInPilot: true, firstYearIncubationFeeYuan: '30000.00' },
    { '3/incubation-fee': ok('24000.00') },
  ),
  k(
    '3-fee-at-cap',
    '（三）: 80% of 37,500 is the cap',
    { isTraditionalEnterpriseInPilot: true, firstYearIncubationFeeYuan: '37500.00' },
    { '3/incubation-fee': ok('30000.00') },
  ),
  k(
    '3-fee-cap',
    '（三）: capped at 3万',
    { isTraditionalEnterpriseInPilot: true, firstYearIncubationFeeYuan: '40000.00' },
    { '3/incubation-fee': ok('30000.00') },
  ),
  k(
    '3-first-export',
    '（三）: first exports (首次, 破零)',
    { cbecExportYuan: '0.01', cbecExportedBeforePeriod: false },
    { '3/first-export': ok('100000.00') },
  ),
  k(
    '3-not-first',
    '（三）: exported before',
    { cbecExportYuan: '500000.00', cbecExportedBeforePeriod: true },
    { '3/first-export': no },
  ),
  k(
    '3-o2o-at',
    '（三）: 500 m² is not 超过500',
    { o2oStoreAreaM2: '500', o2oStoreTransactionYuan: '8000000.00' },
    { '3/o2o-store': no },
  ),
  k(
    '3-o2o',
    '（三）: 500.01 m² × 100元, turnover above 100万美元',
    { o2oStoreAreaM2: '500.01', o2oStoreTransactionYuan: '7121700.01' },
    { '3/o2o-store': ok('50001.00') },
  ),
  k(
    '3-o2o-turnover-at',
    '（三）: turnover exactly 100万美元 is not 超过',
    { o2oStoreAreaM2: '800', o2oStoreTransactionYuan: '7121700.00' },
    { '3/o2o-store': no },
  ),
  k(
    '3-o2o-cap',
    '（三）: 5000.01 m² × 100元 capped at 50万',
    { o2oStoreAreaM2: '5000.01', o2oStoreTransactionYuan: '9000000.00' },
    { '3/o2o-store': ok('500000.00') },
  ),

  // ── （四） ──
  k(
    '4-enterprise-data',
    '（四）: filed linked shops with online transactions count as the enterprise’s data',
    { linkedShopsFiled: true, cbecOnlineTransactionYuan: '1.00' },
    { '4/enterprise-data': ok(null) },
  ),
  k(
    '4-three-costs',
    '（四）: targets met exactly; 30% of each cost, each capped; the three stack',
    {
      ...TARGETS,
      onlinePromotionCostYuan: '1000000.00',
      commissionFeeYuan: '100000.00',
      internationalLogisticsCostYuan: '500000.00',
    },
    { '4/promotion': ok('200000.00'), '4/commission': ok('30000.00'), '4/logistics': ok('150000.00') },
  ),
  k(
    '4-commission-cap',
    '（四）: commission capped at 10万',
    { ...TARGETS, commissionFeeYuan: '400000.00' },
    { '4/commission': ok('100000.00') },
  ),
  k(
    '4-target-below',
    '（四）: exports 0.01 below 200万: none of the three',
    {
      ...TARGETS,
      cbecExportYuan: '1999999.99',
      onlinePromotionCostYuan: '1000.00',
      commissionFeeYuan: '1000.00',
      internationalLogisticsCostYuan: '1000.00',
    },
    { '4/promotion': no, '4/commission': no, '4/logistics': no },
  ),
  k(
    '4-milestone-1',
    '（四）: first reaching 1亿',
    { cbecTransactionYuan: '100000000.00', cbecTransactionPriorMaxYuan: '99999999.99' },
    { '4/milestone': ok('200000.00', 1) },
  ),
  k(
    '4-milestone-not-first',
    '（四）: 1亿 reached before',
    { cbecTransactionYuan: '150000000.00', cbecTransactionPriorMaxYuan: '100000000.00' },
    { '4/milestone': no },
  ),
  k(
    '4-milestone-below',
    '（四）: 0.01 below 1亿',
    { cbecTransactionYuan: '99999999.99', cbecTransactionPriorMaxYuan: '0.00' },
    { '4/milestone': no },
  ),
  k(
    '4-milestone-10',
    '（四）: first reaching 10亿 after 5亿',
    { cbecTransactionYuan: '1000000000.00', cbecTransactionPriorMaxYuan: '500000000.00' },
    { '4/milestone': ok('1000000.00', 2) },
  ),
  k(
    '4-milestone-both',
    '（四）: both marks first reached in one year: the highest only',
    { cbecTransactionYuan: '1200000000.00', cbecTransactionPriorMaxYuan: '50000000.00' },
    { '4/milestone': ok('1000000.00', 2) },
  ),

  // ── （五） （六） ──
  k(
    '5-leading',
    '（五）: an introduced key project',
    { introducedInPeriod: true, isKeyProject: true },
    { '5/leading': ok('5000000.00') },
  ),
  k(
    '5-not-leading',
    '（五）: introduced but neither leading nor key',
    { introducedInPeriod: true, isKeyProject: false, isLeadingEnterprise: false },
    { '5/leading': no },
  ),
  k(
    '5-income-tax',
    '（五）: half the executives’ income tax',
    { isLeadingEnterprise: true, executivesIncomeTaxYuan: '400000.00' },
    { '5/executives-income-tax': ok('200000.00') },
  ),
  k(
    '6-priority',
    '（六）: own trademark abroad: priority, no money',
    { ownTrademarkInDestinationCountry: true },
    { '6/trademark-priority': ok(null) },
  ),
  k(
    '6-certification',
    '（六）: 80% of 100,000',
    { newInternationalCertification: true, internationalCertificationFeeYuan: '100000.00' },
    { '6/certification': ok('80000.00') },
  ),
  k(
    '6-certification-cap',
    '（六）: capped at 50万',
    { newInternationalCertification: true, internationalCertificationFeeYuan: '700000.00' },
    { '6/certification': ok('500000.00') },
  ),

  // ── （八） ──
  k(
    '8-incubator',
    '（八）: a municipal incubator',
    { applicantKind: 'incubator_operator', incubatorRecognisedInPeriod: 'municipal' },
    { '8/incubator': ok('200000.00', 1) },
  ),
  k(
    '8-incubator-provincial',
    '（八）: a provincial incubator',
    { applicantKind: 'incubator_operator', incubatorRecognisedInPeriod: 'provincial' },
    { '8/incubator': ok('500000.00', 2) },
  ),
  k(
    '8-services',
    '（八）: 100 enterprises served with real trade',
    { smesServedCount: 100, importExportYuan: '0.01' },
    { '8/support-services': ok('1000000.00') },
  ),
  k(
    '8-services-99',
    '（八）: 99 enterprises',
    { smesServedCount: 99, importExportYuan: '5000000.00' },
    { '8/support-services': no },
  ),
  k(
    '8-services-no-trade',
    '（八）: no import or export',
    { applicantKind: 'institution', smesServedCount: 300, importExportYuan: '0.00' },
    { '8/support-services': no },
  ),

  // ── （九） ──
  k(
    '9-public-first-year',
    '（九）: recognised in 2024: first year 60万',
    { provincialPublicOverseasWarehouses: [{ recognisedYear: 2024 }] },
    { '9/public-warehouse': ok('600000.00') },
  ),
  k(
    '9-public-later',
    '（九）: recognised 2023 and 2022: 30万 each',
    { provincialPublicOverseasWarehouses: [{ recognisedYear: 2023 }, { recognisedYear: 2022 }] },
    { '9/public-warehouse': ok('600000.00') },
  ),
  k(
    '9-public-over',
    '（九）: recognised 2021: outside the three years',
    { provincialPublicOverseasWarehouses: [{ recognisedYear: 2021 }] },
    { '9/public-warehouse': no },
  ),
  k(
    '9-public-total-cap',
    '（九）: ten warehouses in one year: 500万 over three years',
    { provincialPublicOverseasWarehouses: Array.from({ length: 10 }, () => ({ recognisedYear: 2024 })) },
    { '9/public-warehouse': ok('5000000.00') },
  ),
  k(
    '9-public-after-earlier',
    '（九）: 480万 received before leaves 20万',
    {
      provincialPublicOverseasWarehouses: [{ recognisedYear: 2024 }],
      priorAwards: { '9/public-warehouse': '4800000.00' },
    },
    { '9/public-warehouse': ok('200000.00') },
  ),
  k(
    '9-mofcom',
    '（九）: MOFCOM excellent case',
    { mofcomExcellentOverseasWarehouseCase: true },
    { '9/mofcom-case': ok('1000000.00') },
  ),
  k(
    '9-self-built',
    '（九）: 3000 m² and exactly 1亿',
    { selfBuiltOverseasWarehouseAreaM2: '3000', overseasWarehouseCountryImportExportYuan: '100000000.00' },
    { '9/self-built-warehouse': ok('500000.00') },
  ),
  k(
    '9-self-built-small',
    '（九）: 2999.99 m²',
    { selfBuiltOverseasWarehouseAreaM2: '2999.99', overseasWarehouseCountryImportExportYuan: '200000000.00' },
    { '9/self-built-warehouse': no },
  ),
  k(
    '9-consolidation',
    '（九）: 10 SMEs and 1亿',
    { consolidationWarehouseSmesServedCount: 10, consolidationWarehouseCbecImportExportYuan: '100000000.00' },
    { '9/consolidation-warehouse': ok('500000.00') },
  ),
  k(
    '9-consolidation-9',
    '（九）: 9 SMEs',
    { consolidationWarehouseSmesServedCount: 9, consolidationWarehouseCbecImportExportYuan: '100000000.00' },
    { '9/consolidation-warehouse': no },
  ),
  k(
    '9-priority',
    '（九）: excellent overseas warehouse enterprise: priority',
    { excellentOverseasWarehouseEnterprise: true },
    { '9/publicity-priority': ok(null) },
  ),

  // ── （十） （十一） ──
  k(
    '10-site',
    '（十）: operating costs 800,000',
    { supervisionSiteInUse: true, supervisionSiteOperatingCostYuan: '800000.00' },
    { '10/supervision-site': ok('800000.00') },
  ),
  k(
    '10-site-cap',
    '（十）: at most 100万 a year',
    { supervisionSiteInUse: true, supervisionSiteOperatingCostYuan: '1500000.00' },
    { '10/supervision-site': ok('1000000.00') },
  ),
  k(
    '10-site-not-in-use',
    '（十）: not accepted by customs',
    { supervisionSiteInUse: false, supervisionSiteOperatingCostYuan: '1500000.00' },
    { '10/supervision-site': no },
  ),
  k(
    '11-logistics',
    '（十一）: 100,000 orders, 5% of 8,000,000',
    { connectedToPlatform: true, localCbecLogisticsOrdersCount: 100000, logisticsRevenueYuan: '8000000.00' },
    { '11/logistics': ok('400000.00') },
  ),
  k(
    '11-logistics-cap',
    '（十一）: capped at 50万',
    { connectedToPlatform: true, localCbecLogisticsOrdersCount: 250000, logisticsRevenueYuan: '20000000.00' },
    { '11/logistics': ok('500000.00') },
  ),
  k(
    '11-logistics-below',
    '（十一）: 99,999 orders',
    { connectedToPlatform: true, localCbecLogisticsOrdersCount: 99999, logisticsRevenueYuan: '20000000.00' },
    { '11/logistics': no },
  ),

  // ── deferred items ──
  k(
    'deferred',
    '（十二）（十三）（十四）（十五）（二十）: paid under other policies',
    {
      listingInProgress: true,
      exportCreditInsurancePremiumYuan: '1000.00',
      newShortageTalentRecruited: true,
      vocationalTrainingProvider: true,
      draftedStandards: true,
    },
    {
      '12/listing': ok(null),
      '13/credit-insurance': ok(null),
      '14/talent': ok(null),
      '15/vocational-training': ok(null),
      '20/standards': ok(null),
    },
  ),

  // ── （十五） （十六） （二十） （二十一） ──
  k(
    '15-base-first',
    '（十五）: training base recognised in 2024: 20万',
    { applicantKind: 'institution', trainingBaseRecognisedYear: 2024 },
    { '15/training-base': ok('200000.00') },
  ),
  k(
    '15-base-third',
    '（十五）: recognised 2022: third year 10万',
    { applicantKind: 'institution', trainingBaseRecognisedYear: 2022 },
    { '15/training-base': ok('100000.00') },
  ),
  k(
    '15-base-fourth',
    '（十五）: recognised 2021: nothing in 2024',
    { applicantKind: 'institution', trainingBaseRecognisedYear: 2021 },
    { '15/training-base': no },
  ),
  k(
    '16-sample',
    '（十六）: sample enterprise, support with no amount',
    { sampleEnterprise: true },
    { '16/sample-enterprise': ok(null) },
  ),
  k(
    '20-projects',
    '（二十）: 2 national × 100万 and 3 provincial × 30万',
    { nationallyReplicatedProjectsCount: 2, provinciallyReplicatedProjectsCount: 3 },
    { '20/national-replication': ok('2000000.00'), '20/provincial-replication': ok('900000.00') },
    { expectTotal: '2900000.00' },
  ),
  k(
    '21-hosted',
    '（二十一）: full booth fee',
    { hostedExhibitionBoothFeeYuan: '12345.67' },
    { '21/hosted-exhibitions': ok('12345.67') },
  ),
  k(
    '21-other',
    '（二十一）: 70% of 60,000',
    { otherExhibitionBoothFeeYuan: '60000.00' },
    { '21/other-exhibitions': ok('42000.00') },
  ),
  k(
    '21-other-cap',
    '（二十一）: at most 5万 a year',
    { otherExhibitionBoothFeeYuan: '100000.00' },
    { '21/other-exhibitions': ok('50000.00') },
  ),
  k(
    '21-hosted-uncapped',
    '（二十一）: the 5万 cap is the other fairs’ only',
    { hostedExhibitionBoothFeeYuan: '80000.00', otherExhibitionBoothFeeYuan: '100000.00' },
    { '21/hosted-exhibitions': ok('80000.00'), '21/other-exhibitions': ok('50000.00') },
  ),
  k(
    'no-best-of-clause',
    'no 从优不重复 clause in the draft: another policy’s award does not reduce an item',
    { otherExhibitionBoothFeeYuan: '60000.00', otherPolicyAwards: { '21/other-exhibitions': '90000.00' } },
    { '21/other-exhibitions': { status: 'eligible', amount: '42000.00', bestOf: null } },
  ),
];
