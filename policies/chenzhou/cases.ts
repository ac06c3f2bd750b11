import type { ExpectedItem, PolicyCase } from '../../src/modules/policy/cases.js';

/**
 * Cases for 郴政办发〔2021〕3号: thresholds below, at and above, tiers, caps, the best-of group, both
 * edges of validity (2021-02-23 … 2026-02-23). USD in 2024 at 7.1217: 10万美元 = 712,170.00;
 * 20万美元 = 1,424,340.00; 50万美元 = 3,560,850.00; 500万美元 = 35,608,500.00; 2000万美元 =
 * 142,434,000.00; 3000万美元 = 213,651,000.00; 5000万美元 = 356,085,000.00; 1亿美元 = 712,170,000.00.
 * In 2021 at 6.4515: 20万美元 = 1,290,300.00.
 */

const ENTERPRISE = {
  applicantKind: 'enterprise',
  registeredAndTaxedInZone: true,
  independentLegalPerson: true,
  hasCbecTradeRecord: true,
  inCustomsCbecStatistics: true,
};
const PARK = { applicantKind: 'park_operator', parkRecognitionLevel: 'provincial' };
const TENANT = {
  enteredRecognisedParkInPeriod: true,
  parkLeasedAreaM2: '100',
  cbecImportExportYuan: '712170.00',
};

const ok = (amount: string | null, tier?: number): ExpectedItem =>
  tier === undefined ? { status: 'eligible', amount } : { status: 'eligible', amount, tier };
const no: ExpectedItem = { status: 'ineligible' };
const unknown: ExpectedItem = { status: 'undetermined' };
const off: ExpectedItem = { status: 'not_in_force' };

function k(
  id: string,
  title: string,
  facts: Record<string, unknown>,
  expect: Record<string, ExpectedItem>,
  more: Partial<PolicyCase> = {},
): PolicyCase {
  return { id, title, period: '2024', facts: { ...ENTERPRISE, ...facts }, expect, ...more };
}

export const CHENZHOU_CASES: readonly PolicyCase[] = [
  // ── validity ──
  k(
    'validity-2020',
    '2020 is before 2021-02-23',
    { inHouseTrainingCostYuan: '100000.00' },
    { '7.1/staff-training': off },
    { period: '2020' },
  ),
  k(
    'validity-2021',
    '2021 (from 2021-02-23, part of the year) is in force',
    { inHouseTrainingCostYuan: '100000.00' },
    { '7.1/staff-training': ok('30000.00') },
    { period: '2021' },
  ),
  k(
    'validity-2021-rate',
    '2021 at 6.4515: exactly 20万美元 = 1,290,300.00 reaches tier 2',
    { cbecExportYuan: '1290300.00' },
    { '4.1/export': ok('200000.00', 2) },
    { period: '2021' },
  ),
  k(
    'validity-2026',
    '2026 (until 2026-02-23) is in force',
    { inHouseTrainingCostYuan: '100000.00' },
    { '7.1/staff-training': ok('30000.00') },
    { period: '2026' },
  ),
  k(
    'validity-2026-no-rate',
    'no 2026 USD rate: USD tiers undetermined',
    { cbecExportYuan: '5000000.00' },
    { '4.1/export': unknown },
    { period: '2026' },
  ),
  k(
    'validity-2027',
    '2027 is after 2026-02-23',
    { inHouseTrainingCostYuan: '100000.00' },
    { '7.1/staff-training': off },
    { period: '2027' },
  ),

  // ── 一 支持范围 ──
  k(
    'scope-no-statistics',
    '一: not in Chenzhou customs statistics',
    { inCustomsCbecStatistics: false, inHouseTrainingCostYuan: '100000.00' },
    { '7.1/staff-training': no },
  ),
  k(
    'scope-no-performance',
    '一: no CBEC performance',
    { hasCbecTradeRecord: false, inHouseTrainingCostYuan: '100000.00' },
    { '7.1/staff-training': no },
  ),

  // ── 二（一） park: fixed amounts ──
  k(
    '2.1-tier1',
    '二（一）: 11 tenants, exactly 3000万美元: a fixed 300万',
    { ...PARK, parkNewCbecTenantsCount: 11, parkCbecImportExportYuan: '213651000.00' },
    { '2.1/park': ok('3000000.00', 1) },
  ),
  k(
    '2.1-below',
    '二（一）: 0.01 below 3000万美元',
    { ...PARK, parkNewCbecTenantsCount: 11, parkCbecImportExportYuan: '213650999.99' },
    { '2.1/park': no },
  ),
  k(
    '2.1-ten',
    '二（一）: 10 tenants is not 超过10家',
    { ...PARK, parkNewCbecTenantsCount: 10, parkCbecImportExportYuan: '400000000.00' },
    { '2.1/park': no },
  ),
  k(
    '2.1-tier2',
    '二（一）: 21 tenants and 5000万美元: 500万, not 800万',
    { ...PARK, parkNewCbecTenantsCount: 21, parkCbecImportExportYuan: '356085000.00' },
    { '2.1/park': ok('5000000.00', 2) },
  ),
  k(
    '2.1-demo-base',
    '二（一）: a provincial e-commerce demonstration base',
    {
      ...PARK,
      parkRecognitionLevel: 'none',
      isProvincialEcommerceDemoBase: true,
      parkNewCbecTenantsCount: 11,
      parkCbecImportExportYuan: '213651000.00',
    },
    { '2.1/park': ok('3000000.00', 1) },
  ),
  k(
    '2.1-not-recognised',
    '二（一）: not recognised',
    {
      ...PARK,
      parkRecognitionLevel: 'none',
      isProvincialEcommerceDemoBase: false,
      parkNewCbecTenantsCount: 11,
      parkCbecImportExportYuan: '213651000.00',
    },
    { '2.1/park': no },
  ),

  // ── 二（二） tenants ──
  k(
    '2.2-at',
    '二（二）: 100 m², exactly 10万美元; 30% of 600,000; opening at most 5万; they stack',
    { ...TENANT, parkRentPaidYuan: '600000.00' },
    { '2.2/rent': ok('180000.00'), '2.2/opening': ok('50000.00') },
    { expectTotal: '230000.00' },
  ),
  k(
    '2.2-rent-cap',
    '二（二）: 30% of 700,000 capped at 20万',
    { ...TENANT, parkRentPaidYuan: '700000.00' },
    { '2.2/rent': ok('200000.00') },
  ),
  k(
    '2.2-small',
    '二（二）: 99.99 m²',
    { ...TENANT, parkLeasedAreaM2: '99.99', parkRentPaidYuan: '100000.00' },
    { '2.2/rent': no, '2.2/opening': no },
  ),
  k(
    '2.2-trade-below',
    '二（二）: 0.01 below 10万美元',
    { ...TENANT, cbecImportExportYuan: '712169.99', parkRentPaidYuan: '100000.00' },
    { '2.2/rent': no },
  ),
  k(
    '2.2-opening-once',
    '二（二）: the opening subsidy is one-off',
    { ...TENANT, parkRentPaidYuan: '100000.00', priorAwards: { '2.2/opening': '50000.00' } },
    { '2.2/opening': no, '2.2/rent': ok('30000.00') },
  ),

  // ── 三 ──
  k(
    '3.1-unquantified',
    '三（一）: 适当支持',
    { builtPlatformOrParkFacilities: true },
    { '3.1/platform-and-park': ok(null) },
  ),
  k(
    '3.2-tier1',
    '三（二）: exactly 2000万美元 (超过…（含）)',
    {
      publicServicePlatformEnteredInPeriod: true,
      customsSpecialAreaCertified: true,
      connectedToPlatform: true,
      cbecImportExportYuan: '142434000.00',
    },
    { '3.2/public-service-platform': ok('500000.00', 1), '4.2/leading': no },
  ),
  k(
    '3.2-below',
    '三（二）: 0.01 below 2000万美元',
    {
      publicServicePlatformEnteredInPeriod: true,
      customsSpecialAreaCertified: true,
      connectedToPlatform: true,
      cbecImportExportYuan: '142433999.99',
    },
    { '3.2/public-service-platform': no },
  ),
  k(
    '3.2-not-connected',
    '三（二）: must be connected to the platform',
    {
      publicServicePlatformEnteredInPeriod: true,
      customsSpecialAreaCertified: true,
      connectedToPlatform: false,
      cbecImportExportYuan: '142434000.00',
    },
    { '3.2/public-service-platform': no },
  ),
  k(
    '3.2-tier2-tie',
    '三（二） 100万 and 四（二） 100万 on one volume: best-of, the earlier item',
    {
      publicServicePlatformEnteredInPeriod: true,
      customsSpecialAreaCertified: true,
      connectedToPlatform: true,
      cbecImportExportYuan: '356085000.00',
    },
    {
      '3.2/public-service-platform': { status: 'eligible', amount: '1000000.00', tier: 2, bestOf: 'paid' },
      '4.2/leading': { status: 'eligible', amount: '0.00', bestOf: 'excluded' },
    },
  ),
  k(
    '3.2-tier3-excluded',
    '三（二） 150万 vs 四（二） 200万 at 1亿美元: only 四（二）',
    {
      publicServicePlatformEnteredInPeriod: true,
      customsSpecialAreaCertified: true,
      connectedToPlatform: true,
      cbecImportExportYuan: '712170000.00',
    },
    {
      '3.2/public-service-platform': { status: 'eligible', amount: '0.00', tier: 3, bestOf: 'excluded' },
      '4.2/leading': { status: 'eligible', amount: '2000000.00', bestOf: 'paid' },
    },
    { expectTotal: '2000000.00' },
  ),
  k(
    '3.3-below-cap',
    '三（三）: 50% of 1,999,999.99 = 999,999.995, cut to the fen',
    { supervisionEquipmentInvestmentYuan: '1999999.99' },
    { '3.3/supervision-centre': ok('999999.99') },
  ),
  k(
    '3.3-cap',
    '三（三）: capped at 100万',
    { supervisionEquipmentInvestmentYuan: '2000000.02' },
    { '3.3/supervision-centre': ok('1000000.00') },
  ),

  // ── 四（一） exports (达到…（含）, inclusive) ──
  k('4.1-zero', '四（一）: zero is not 破零', { cbecExportYuan: '0.00' }, { '4.1/export': no }),
  k(
    '4.1-tier1',
    '四（一）: 破零: a fixed 10万',
    { cbecExportYuan: '0.01' },
    { '4.1/export': ok('100000.00', 1) },
  ),
  k(
    '4.1-tier2-below',
    '四（一）: 0.01 below 20万美元',
    { cbecExportYuan: '1424339.99' },
    { '4.1/export': ok('100000.00', 1) },
  ),
  k(
    '4.1-tier2-at',
    '四（一）: exactly 20万美元 (含)',
    { cbecExportYuan: '1424340.00' },
    { '4.1/export': ok('200000.00', 2) },
  ),
  k(
    '4.1-tier3-at',
    '四（一）: exactly 50万美元 (含): 50万, not 80万',
    { cbecExportYuan: '3560850.00' },
    { '4.1/export': ok('500000.00', 3) },
  ),
  k(
    '4.1-once',
    '四（一）: one-off, already received',
    { cbecExportYuan: '3560850.00', priorAwards: { '4.1/export': '100000.00' } },
    { '4.1/export': no },
  ),
  k(
    '4.1-fees-cap',
    '四（一）: 50% of 800,000 and of 300,000, together at most 50万 a year',
    { platformPromotionFeeYuan: '800000.00', newShopAnnualFeeYuan: '300000.00' },
    { '4.1/promotion': ok('400000.00'), '4.1/new-shop': ok('100000.00') },
  ),
  k(
    '4.1-fees-under',
    '四（一）: under the cap',
    { platformPromotionFeeYuan: '100000.00', newShopAnnualFeeYuan: '20000.00' },
    { '4.1/promotion': ok('50000.00'), '4.1/new-shop': ok('10000.00') },
  ),

  // ── 四（二） leading, with the best-of group ──
  k(
    '4.2-below',
    '四（二）: 0.01 below 3000万美元',
    { cbecImportExportYuan: '213650999.99' },
    { '4.2/leading': no },
  ),
  k(
    '4.2-tier1',
    '四（二）: exactly 3000万美元 (以上)',
    { cbecImportExportYuan: '213651000.00' },
    { '4.2/leading': ok('1000000.00', 1) },
  ),
  k(
    '4.2-tier2',
    '四（二）: exactly 1亿美元',
    { cbecImportExportYuan: '712170000.00' },
    { '4.2/leading': ok('2000000.00', 2) },
  ),
  k(
    'best-of-4.1-4.2',
    '从优不重复: exports 50万美元 (50万) and import-export 3000万美元 (100万): 四（二） only',
    { cbecExportYuan: '3560850.00', cbecImportExportYuan: '213651000.00' },
    {
      '4.1/export': { status: 'eligible', amount: '0.00', bestOf: 'excluded' },
      '4.2/leading': { status: 'eligible', amount: '1000000.00', bestOf: 'paid' },
    },
    { expectTotal: '1000000.00' },
  ),
  k(
    'best-of-other-policy',
    '从优不重复 with another city policy paying more for 四（二）: 四（一） is paid',
    {
      cbecExportYuan: '3560850.00',
      cbecImportExportYuan: '213651000.00',
      otherPolicyAwards: { '4.2/leading': '1500000.00' },
    },
    {
      '4.2/leading': { status: 'eligible', amount: '0.00', bestOf: 'excluded' },
      '4.1/export': ok('500000.00', 3),
    },
  ),

  // ── 四（三） 四（四） ──
  k(
    '4.3-at',
    '四（三）: exactly 500万美元 is not 超过',
    { isPlatformEnterprise: true, beltAndRoadSubsiteOpened: true, beltAndRoadTransactionYuan: '35608500.00' },
    { '4.3/belt-and-road': no },
  ),
  k(
    '4.3-above',
    '四（三）: 0.01 above 500万美元',
    { isPlatformEnterprise: true, beltAndRoadSubsiteOpened: true, beltAndRoadTransactionYuan: '35608500.01' },
    { '4.3/belt-and-road': ok('300000.00') },
  ),
  k('4.4-100', '四（四）: 100 m² is not 超过100', { o2oStoreAreaM2: '100' }, { '4.4/store': no }),
  k('4.4-tier1', '四（四）: 100.01 m²', { o2oStoreAreaM2: '100.01' }, { '4.4/store': ok('200000.00', 1) }),
  k('4.4-tier2', '四（四）: 500.01 m²', { o2oStoreAreaM2: '500.01' }, { '4.4/store': ok('500000.00', 2) }),
  k(
    '4.4-1000',
    '四（四）: 1000 m² is tier 2',
    { o2oStoreAreaM2: '1000' },
    { '4.4/store': ok('500000.00', 2) },
  ),
  k('4.4-tier3', '四（四）: 1000.01 m²', { o2oStoreAreaM2: '1000.01' }, { '4.4/store': ok('1000000.00', 3) }),
  k(
    '4.4-community-6',
    '四（四）: 6 community stores = 30万, the yearly cap',
    { newCommunityO2oStoresCount: 6 },
    { '4.4/community': ok('300000.00') },
  ),
  k(
    '4.4-community-7',
    '四（四）: 7 stores capped at 30万',
    { newCommunityO2oStoresCount: 7 },
    { '4.4/community': ok('300000.00') },
  ),
  k(
    '4.4-community-5',
    '四（四）: 5 stores',
    { newCommunityO2oStoresCount: 5 },
    { '4.4/community': ok('250000.00') },
  ),

  // ── 五 ──
  k(
    '5.1',
    '五（一）: public distribution centre, at most 100万, one-off',
    { publicDistributionCentreBuilder: true },
    { '5.1/distribution-centre': ok('1000000.00') },
  ),
  k(
    '5.2-pilot',
    '五（二）: public overseas warehouse pilot',
    { publicOverseasWarehousePilotListed: true },
    { '5.2/public-warehouse-pilot': ok('1000000.00') },
  ),
  k(
    '5.2-lease-cap',
    '五（二）: 50% of 1,200,000 capped at 50万 per warehouse',
    { overseasWarehouseLeases: [{ areaM2: '1000', rentYuan: '1200000.00' }] },
    { '5.2/leased-warehouse': ok('500000.00') },
  ),
  k(
    '5.2-lease-rows',
    '五（二）: two warehouses 300,000 + 500,000; a small one does not count',
    {
      overseasWarehouseLeases: [
        { areaM2: '1200', rentYuan: '600000.00' },
        { areaM2: '3000', rentYuan: '1000000.00' },
        { areaM2: '999', rentYuan: '500000.00' },
      ],
    },
    { '5.2/leased-warehouse': ok('800000.00') },
  ),
  k(
    '5.3-999',
    '五（三）: 999 orders is not 1000单以上',
    {
      isCbecDomesticLogisticsEnterprise: true,
      connectedToPlatform: true,
      cbecDomesticLogisticsOrdersCount: 999,
    },
    { '5.3/logistics-orders': no },
  ),
  k(
    '5.3-1000',
    '五（三）: 1000 orders × 0.5',
    {
      isCbecDomesticLogisticsEnterprise: true,
      connectedToPlatform: true,
      cbecDomesticLogisticsOrdersCount: 1000,
    },
    { '5.3/logistics-orders': ok('500.00') },
  ),
  k(
    '5.3-cap',
    '五（三）: 600,001 orders capped at 30万',
    {
      isCbecDomesticLogisticsEnterprise: true,
      connectedToPlatform: true,
      cbecDomesticLogisticsOrdersCount: 600001,
    },
    { '5.3/logistics-orders': ok('300000.00') },
  ),
  k(
    '5.3-not-connected',
    '五（三）: must be connected to the platform',
    {
      isCbecDomesticLogisticsEnterprise: true,
      connectedToPlatform: false,
      cbecDomesticLogisticsOrdersCount: 5000,
    },
    { '5.3/logistics-orders': no },
  ),
  k(
    '5.4-deferred',
    '五（四）: under 郴办发〔2019〕5号',
    { internationalExpressOperator: true },
    { '5.4/international-express': ok(null) },
  ),

  // ── 六 ──
  k(
    '6.1-unquantified',
    '六（一）: 一定支持',
    { approvedSupportActivity: true },
    { '6.1/support-services': ok(null) },
  ),
  k(
    '6.2-interest',
    '六（二）: 5,000,000 × 3.45% × 20% × 360/360',
    {
      filedOnPlatform: true,
      crossBorderFinanceLoans: [
        { principalYuan: '5000000', startDate: '2023-08-21', days: 360, interestPaidYuan: '200000.00' },
      ],
    },
    { '6.2/loan-interest': ok('34500.00') },
  ),
  k(
    '6.2-lpr-before-change',
    '六（二）: drawn 2023-08-20, LPR still 3.55%',
    {
      filedOnPlatform: true,
      crossBorderFinanceLoans: [
        { principalYuan: '5000000', startDate: '2023-08-20', days: 360, interestPaidYuan: '200000.00' },
      ],
    },
    { '6.2/loan-interest': ok('35500.00') },
  ),
  k(
    '6.2-yearly-cap',
    '六（二）: at most 30万 a year',
    {
      filedOnPlatform: true,
      crossBorderFinanceLoans: [
        { principalYuan: '100000000', startDate: '2024-01-02', days: 366, interestPaidYuan: '4000000.00' },
      ],
    },
    { '6.2/loan-interest': ok('300000.00') },
  ),
  k(
    '6.2-not-filed',
    '六（二）: must be filed on the platform',
    {
      filedOnPlatform: false,
      crossBorderFinanceLoans: [
        { principalYuan: '5000000', startDate: '2024-01-02', days: 100, interestPaidYuan: '50000.00' },
      ],
    },
    { '6.2/loan-interest': no },
  ),

  // ── 七 ──
  k(
    '7.1-under',
    '七（一）: 30% of 500,000',
    { inHouseTrainingCostYuan: '500000.00' },
    { '7.1/staff-training': ok('150000.00') },
  ),
  k(
    '7.1-cap',
    '七（一）: capped at 20万',
    { inHouseTrainingCostYuan: '700000.00' },
    { '7.1/staff-training': ok('200000.00') },
  ),
  k(
    '7.2-base',
    '七（二）: 50% of 1,000,000',
    { applicantKind: 'institution', talentBaseRecognised: true, talentBaseInvestmentYuan: '1000000.00' },
    { '7.2/talent-base': ok('500000.00') },
  ),
  k(
    '7.2-total-cap',
    '七（二）: at most 100万 in all',
    { applicantKind: 'institution', talentBaseRecognised: true, talentBaseInvestmentYuan: '3000000.00' },
    { '7.2/talent-base': ok('1000000.00') },
  ),
  k(
    '7.2-after-earlier',
    '七（二）: 80万 received earlier leaves 20万',
    {
      applicantKind: 'institution',
      talentBaseRecognised: true,
      talentBaseInvestmentYuan: '1000000.00',
      priorAwards: { '7.2/talent-base': '800000.00' },
    },
    { '7.2/talent-base': ok('200000.00') },
  ),
  k(
    '7.3-at',
    '七（三）: 3 years and 30万 a year (以上)',
    { seniorTalentContractYears: 3, seniorTalentAnnualSalaryYuan: '300000.00' },
    { '7.3/senior-talent': ok(null) },
  ),
  k(
    '7.3-salary-below',
    '七（三）: 0.01 below 30万',
    { seniorTalentContractYears: 5, seniorTalentAnnualSalaryYuan: '299999.99' },
    { '7.3/senior-talent': no },
  ),
  k(
    '7.3-contract-below',
    '七（三）: a 2-year contract',
    { seniorTalentContractYears: 2, seniorTalentAnnualSalaryYuan: '500000.00' },
    { '7.3/senior-talent': no },
  ),
  k(
    '7.4-events',
    '七（四）: only approved events of 100 or more',
    {
      applicantKind: 'institution',
      trainingEvents: [
        { participantsCount: 150, approvedByLeadingGroupOffice: true },
        { participantsCount: 99, approvedByLeadingGroupOffice: true },
        { participantsCount: 200, approvedByLeadingGroupOffice: false },
        { participantsCount: 100, approvedByLeadingGroupOffice: true },
      ],
    },
    { '7.4/training-events': ok('200000.00') },
  ),
  k(
    '7.4-total-cap',
    '七（四）: 12 events, at most 100万 per institution',
    {
      applicantKind: 'institution',
      trainingEvents: Array.from({ length: 12 }, () => ({
        participantsCount: 100,
        approvedByLeadingGroupOffice: true,
      })),
    },
    { '7.4/training-events': ok('1000000.00') },
  ),
  k(
    '7.4-after-earlier',
    '七（四）: 95万 received earlier leaves 5万',
    {
      applicantKind: 'institution',
      priorAwards: { '7.4/training-events': '950000.00' },
      trainingEvents: [{ participantsCount: 300, approvedByLeadingGroupOffice: true }],
    },
    { '7.4/training-events': ok('50000.00') },
  ),
  k(
    'error-row-incomplete',
    'a row must carry every field (an event without its size)',
    { applicantKind: 'institution', trainingEvents: [{ approvedByLeadingGroupOffice: true }] },
    {},
    { expectError: 'validation_failed' },
  ),

  k(
    'error-bad-date',
    'a loan date that does not exist',
    {
      crossBorderFinanceLoans: [
        { principalYuan: '1', startDate: '2024-02-30', days: 1, interestPaidYuan: '1' },
      ],
    },
    {},
    { expectError: 'validation_failed' },
  ),
  k(
    'error-unknown-row-field',
    'an unknown field in a row',
    { trainingEvents: [{ participantsCount: 100, approved: true }] },
    {},
    { expectError: 'validation_failed' },
  ),
];
