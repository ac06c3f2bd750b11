import type { ExpectedItem, PolicyCase } from '../../src/modules/policy/cases.js';

/**
 * Cases for 衡政发〔2024〕4号: every threshold just below, at and just above, every tier, every cap,
 * the best-of group, both edges of validity. USD thresholds in 2024 at 7.1217 (fx-rates.ts):
 * 10万美元 = 712,170.00; 50万美元 = 3,560,850.00; 100万美元 = 7,121,700.00; 2000万美元 = 142,434,000.00;
 * 5000万美元 = 356,085,000.00; 1亿美元 = 712,170,000.00 yuan.
 */

/** An enterprise inside 一、支持范围. */
const ENTERPRISE = {
  applicantKind: 'enterprise',
  registeredAndTaxedInZone: true,
  independentLegalPerson: true,
  hasCbecTradeRecord: true,
  inCustomsCbecStatistics: true,
};
const PARK = { ...ENTERPRISE, applicantKind: 'park_operator', parkRecognitionLevel: 'municipal' };

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

export const HENGYANG_CASES: readonly PolicyCase[] = [
  // ── validity: 2024-05-07 … 2026-05-06 ──
  k(
    'validity-2023',
    '2023 is before 衡政发〔2024〕4号 was issued',
    { cbecExportYuan: '100.00', platformPromotionFeeYuan: '1000' },
    { '5/export': off, '6/promotion': off },
    { period: '2023' },
  ),
  k(
    'validity-2024',
    '2024 (from 2024-05-07, part of the year) is in force',
    { platformPromotionFeeYuan: '1000' },
    { '6/promotion': ok('500.00') },
  ),
  k(
    'validity-2026',
    '2026 (until 2026-05-06) is in force',
    { platformPromotionFeeYuan: '1000' },
    { '6/promotion': ok('500.00') },
    { period: '2026' },
  ),
  k(
    'validity-2026-no-rate',
    'no 2026 USD rate yet: USD thresholds are undetermined, not guessed',
    { cbecExportYuan: '5000000.00' },
    { '5/export': unknown },
    { period: '2026' },
  ),
  k(
    'validity-2027',
    '2027 is after the two years',
    { platformPromotionFeeYuan: '1000' },
    { '6/promotion': off },
    { period: '2027' },
  ),
  k(
    'rate-2025',
    '2025 at 7.1429: 50万美元 = 3,571,450.00, strict',
    { cbecExportYuan: '3571450.00' },
    { '5/export': ok('20000.00', 1) },
    { period: '2025' },
  ),
  k(
    'rate-2025-above',
    '2025 at 7.1429: 3,571,450.01 > 50万美元',
    { cbecExportYuan: '3571450.01' },
    { '5/export': ok('100000.00', 2) },
    { period: '2025' },
  ),

  // ── 一、支持范围 and beneficiaries ──
  k(
    'scope-not-registered',
    '一、支持范围: not registered and taxed in Hengyang',
    { registeredAndTaxedInZone: false, platformPromotionFeeYuan: '1000' },
    { '6/promotion': no },
  ),
  k(
    'scope-not-in-statistics',
    '一、支持范围: not in customs CBEC statistics',
    { inCustomsCbecStatistics: false, cbecExportYuan: '100.00' },
    { '5/export': no },
  ),
  k(
    'scope-unknown',
    '一、支持范围: a missing scope fact makes the item undetermined',
    { independentLegalPerson: undefined, platformPromotionFeeYuan: '1000' },
    { '6/promotion': unknown },
  ),
  k(
    'beneficiary-park-not-enterprise',
    '第5条 pays enterprises, not park builders',
    { applicantKind: 'park_operator', cbecExportYuan: '100.00' },
    { '5/export': no },
  ),
  k('missing-fact', '第5条 without the export figure: undetermined', {}, { '5/export': unknown }),

  // ── 第1条 park, tiers ──
  k(
    '1-ten-tenants',
    '第1条: 10 new tenants is not 超过10家',
    { ...PARK, parkNewCbecTenantsCount: 10, parkCbecImportExportYuan: '400000000.00' },
    { '1/park': no },
  ),
  k(
    '1-tier1-at',
    '第1条: 11 tenants and exactly 2000万美元 (达到, ≥)',
    { ...PARK, parkNewCbecTenantsCount: 11, parkCbecImportExportYuan: '142434000.00' },
    { '1/park': ok('500000.00', 1) },
  ),
  k(
    '1-tier1-below',
    '第1条: 11 tenants, 0.01 below 2000万美元',
    { ...PARK, parkNewCbecTenantsCount: 11, parkCbecImportExportYuan: '142433999.99' },
    { '1/park': no },
  ),
  k(
    '1-tier2-at',
    '第1条: 21 tenants and exactly 5000万美元: highest tier only',
    { ...PARK, parkNewCbecTenantsCount: 21, parkCbecImportExportYuan: '356085000.00' },
    { '1/park': ok('1000000.00', 2) },
  ),
  k(
    '1-tier2-tenants-20',
    '第1条: 20 tenants is not 超过20家: tier 1',
    { ...PARK, parkNewCbecTenantsCount: 20, parkCbecImportExportYuan: '400000000.00' },
    { '1/park': ok('500000.00', 1) },
  ),
  k(
    '1-not-recognised',
    '第1条: a park nobody recognised',
    {
      ...PARK,
      parkRecognitionLevel: 'none',
      isProvincialEcommerceDemoBase: false,
      isProvincialDigitalCommerceCluster: false,
      parkNewCbecTenantsCount: 11,
      parkCbecImportExportYuan: '200000000.00',
    },
    { '1/park': no },
  ),
  k(
    '1-demo-base',
    '第1条: a provincial e-commerce demonstration base qualifies',
    {
      ...PARK,
      parkRecognitionLevel: 'none',
      isProvincialEcommerceDemoBase: true,
      parkNewCbecTenantsCount: 11,
      parkCbecImportExportYuan: '200000000.00',
    },
    { '1/park': ok('500000.00', 1) },
  ),
  k(
    '1-one-off',
    '第1条: one-off, already received',
    {
      ...PARK,
      parkNewCbecTenantsCount: 30,
      parkCbecImportExportYuan: '400000000.00',
      priorAwards: { '1/park': '500000.00' },
    },
    { '1/park': no },
  ),

  // ── 第2条 incubator ──
  k(
    '2-nine',
    '第2条: 9 incubated is not 10家以上',
    { applicantKind: 'incubator_operator', incubatorAllFunctions: true, incubatedEnterprisesCount: 9 },
    { '2/incubator': no },
  ),
  k(
    '2-ten',
    '第2条: 10 incubated (以上, ≥)',
    { applicantKind: 'incubator_operator', incubatorAllFunctions: true, incubatedEnterprisesCount: 10 },
    { '2/incubator': ok('500000.00') },
  ),
  k(
    '2-not-all-functions',
    '第2条: must combine all the functions',
    { applicantKind: 'incubator_operator', incubatorAllFunctions: false, incubatedEnterprisesCount: 50 },
    { '2/incubator': no },
  ),

  // ── 第3条, 第11条: no amount stated ──
  k(
    '3-unquantified',
    '第3条: 适当支持, no amount',
    { builtPlatformOrParkFacilities: true },
    { '3/platform-and-park': ok(null) },
  ),
  k(
    '11-unquantified',
    '第11条: 一定支持, no amount',
    { approvedSupportActivity: true },
    { '11/support-services': ok(null) },
  ),

  // ── 第4条 50% capped at 50万 ──
  k(
    '4-below-cap',
    '第4条: 50% of 999,999.99 = 499,999.995, cut to the fen',
    { supervisionEquipmentInvestmentYuan: '999999.99' },
    { '4/supervision-site': ok('499999.99') },
  ),
  k(
    '4-at-cap',
    '第4条: 50% of 1,000,000.00 is the cap exactly',
    { supervisionEquipmentInvestmentYuan: '1000000.00' },
    { '4/supervision-site': ok('500000.00') },
  ),
  k(
    '4-above-cap',
    '第4条: 50% of 1,000,000.02 capped at 50万',
    { supervisionEquipmentInvestmentYuan: '1000000.02' },
    { '4/supervision-site': ok('500000.00') },
  ),
  k(
    '4-zero',
    '第4条: no investment, nothing to pay',
    { supervisionEquipmentInvestmentYuan: '0' },
    { '4/supervision-site': no },
  ),

  // ── 第5条 export tiers (超过, strict) ──
  k(
    '5-zero',
    '第5条: zero exports is not 破零',
    { cbecExportYuan: '0.00' },
    { '5/export': no, '5/customs-tax': no },
  ),
  k(
    '5-tier1',
    '第5条: 0.01 is 破零',
    { cbecExportYuan: '0.01' },
    { '5/export': ok('20000.00', 1), '5/customs-tax': ok(null) },
  ),
  k(
    '5-tier2-at',
    '第5条: exactly 50万美元 is not 超过',
    { cbecExportYuan: '3560850.00' },
    { '5/export': ok('20000.00', 1) },
  ),
  k(
    '5-tier2-above',
    '第5条: 0.01 above 50万美元',
    { cbecExportYuan: '3560850.01' },
    { '5/export': ok('100000.00', 2) },
  ),
  k(
    '5-tier3-at',
    '第5条: exactly 100万美元 is not 超过',
    { cbecExportYuan: '7121700.00' },
    { '5/export': ok('100000.00', 2) },
  ),
  k(
    '5-tier3-above',
    '第5条: 0.01 above 100万美元: the highest tier only',
    { cbecExportYuan: '7121700.01' },
    { '5/export': ok('500000.00', 3) },
    { expectTotal: '500000.00' },
  ),
  k(
    '5-one-off',
    '第5条: one-off, received in an earlier year',
    { cbecExportYuan: '9000000.00', priorAwards: { '5/export': '20000.00' } },
    { '5/export': no },
  ),

  // ── 第6条 two items, one cap ──
  k(
    '6-under-cap',
    '第6条: 150,000 + 50,000 is exactly the 20万 cap',
    { platformPromotionFeeYuan: '300000.00', newShopAnnualFeeYuan: '100000.00' },
    { '6/promotion': ok('150000.00'), '6/new-shop': ok('50000.00') },
  ),
  k(
    '6-combined-cap',
    '第6条: 150,000 + 100,000 over 20万: the later item is cut',
    { platformPromotionFeeYuan: '300000.00', newShopAnnualFeeYuan: '200000.00' },
    { '6/promotion': ok('150000.00'), '6/new-shop': ok('50000.00') },
    { expectTotal: '200000.00' },
  ),
  k(
    '6-cap-exhausted',
    '第6条: promotion alone uses the cap',
    { platformPromotionFeeYuan: '500000.00', newShopAnnualFeeYuan: '10000.00' },
    { '6/promotion': ok('200000.00'), '6/new-shop': ok('0.00') },
  ),

  // ── 第7条 tenants ──
  k(
    '7-area-below',
    '第7条: 99.99 m² is not 100平方米以上',
    {
      enteredRecognisedParkInPeriod: true,
      parkLeasedAreaM2: '99.99',
      cbecImportExportYuan: '800000.00',
      parkRentPaidYuan: '100000.00',
    },
    { '7/rent': no, '7/opening': no, '7/customs-tax': no },
  ),
  k(
    '7-at-thresholds',
    '第7条: 100 m² and exactly 10万美元; rent 30% capped at 10万, opening 5万',
    {
      enteredRecognisedParkInPeriod: true,
      parkLeasedAreaM2: '100',
      cbecImportExportYuan: '712170.00',
      parkRentPaidYuan: '400000.00',
    },
    { '7/rent': ok('100000.00'), '7/opening': ok('50000.00'), '7/customs-tax': ok(null) },
    { expectTotal: '150000.00' },
  ),
  k(
    '7-trade-below',
    '第7条: 0.01 below 10万美元',
    {
      enteredRecognisedParkInPeriod: true,
      parkLeasedAreaM2: '500',
      cbecImportExportYuan: '712169.99',
      parkRentPaidYuan: '100000.00',
    },
    { '7/rent': no, '7/opening': no },
  ),
  k(
    '7-rent-under-cap',
    '第7条: 30% of 300,000',
    {
      enteredRecognisedParkInPeriod: true,
      parkLeasedAreaM2: '150',
      cbecImportExportYuan: '900000.00',
      parkRentPaidYuan: '300000.00',
    },
    { '7/rent': ok('90000.00') },
  ),

  // ── 第8条 leading enterprises introduced ──
  k(
    '8-below',
    '第8条: 0.01 below 5000万美元',
    { introducedInPeriod: true, cbecImportExportYuan: '356084999.99' },
    { '8/leading': no, '8/customs-tax': no },
  ),
  k(
    '8-tier1',
    '第8条: exactly 5000万美元 (以上)',
    { introducedInPeriod: true, cbecImportExportYuan: '356085000.00' },
    { '8/leading': ok('500000.00', 1), '8/customs-tax': ok(null) },
  ),
  k(
    '8-tier2',
    '第8条: exactly 1亿美元',
    { introducedInPeriod: true, cbecImportExportYuan: '712170000.00' },
    { '8/leading': ok('1000000.00', 2) },
  ),
  k(
    '8-not-introduced',
    '第8条: only enterprises introduced in the year',
    { introducedInPeriod: false, cbecImportExportYuan: '900000000.00' },
    { '8/leading': no },
  ),

  // ── 择优支持且不重复: 第5条 and 第8条 reward the same trade ──
  k(
    'best-of-8-wins',
    '择优: 8 pays 100万, more than 5’s 50万; 5 is not paid',
    { introducedInPeriod: true, cbecExportYuan: '7121700.01', cbecImportExportYuan: '712170000.00' },
    {
      '8/leading': { status: 'eligible', amount: '1000000.00', bestOf: 'paid' },
      '5/export': { status: 'eligible', amount: '0.00', bestOf: 'excluded' },
    },
    { expectTotal: '1000000.00' },
  ),
  k(
    'best-of-tie',
    '择优: equal amounts, the earlier item (第5条) is paid',
    { introducedInPeriod: true, cbecExportYuan: '7121700.01', cbecImportExportYuan: '356085000.00' },
    {
      '5/export': { status: 'eligible', amount: '500000.00', bestOf: 'paid' },
      '8/leading': { status: 'eligible', amount: '0.00', bestOf: 'excluded' },
    },
  ),
  k(
    'best-of-other-policy-wins',
    '择优 with another city policy that paid more for the same matter',
    { platformPromotionFeeYuan: '300000.00', otherPolicyAwards: { '6/promotion': '200000.00' } },
    { '6/promotion': { status: 'eligible', amount: '0.00', bestOf: 'excluded' } },
  ),
  k(
    'best-of-other-policy-less',
    '择优 with another city policy that paid less: this item is paid',
    { socialInsurancePaidYuan: '800000.00', otherPolicyAwards: { '16/social-insurance': '50000.00' } },
    { '16/social-insurance': { status: 'eligible', amount: '80000.00', bestOf: 'paid' } },
  ),

  // ── 第9条 stores ──
  k('9-500', '第9条: 500 m² is not 超过500', { o2oStoreAreaM2: '500' }, { '9/store': no }),
  k('9-tier1', '第9条: 500.01 m²', { o2oStoreAreaM2: '500.01' }, { '9/store': ok('100000.00', 1) }),
  k('9-tier2', '第9条: 1000.01 m²', { o2oStoreAreaM2: '1000.01' }, { '9/store': ok('200000.00', 2) }),
  k(
    '9-2000',
    '第9条: 2000 m² is still tier 2',
    { o2oStoreAreaM2: '2000' },
    { '9/store': ok('200000.00', 2) },
  ),
  k('9-tier3', '第9条: 2000.01 m²', { o2oStoreAreaM2: '2000.01' }, { '9/store': ok('300000.00', 3) }),
  k(
    '9-community-7',
    '第9条: 7 community stores × 5万',
    { newCommunityO2oStoresCount: 7 },
    { '9/community': ok('350000.00') },
  ),
  k(
    '9-community-8',
    '第9条: 8 stores reach the 40万 yearly cap exactly',
    { newCommunityO2oStoresCount: 8 },
    { '9/community': ok('400000.00') },
  ),
  k(
    '9-community-9',
    '第9条: 9 stores capped at 40万',
    { newCommunityO2oStoresCount: 9 },
    { '9/community': ok('400000.00') },
  ),

  // ── 第10条 overseas warehouses ──
  k(
    '10-public',
    '第10条: approved provincial public overseas warehouse filed with customs',
    { provincialPublicOverseasWarehouseApproved: true, overseasWarehouseFiledWithCustoms: true },
    { '10/public-warehouse': ok('200000.00') },
  ),
  k(
    '10-public-not-filed',
    '第10条: not filed with Hengyang customs',
    { provincialPublicOverseasWarehouseApproved: true, overseasWarehouseFiledWithCustoms: false },
    { '10/public-warehouse': no },
  ),
  k(
    '10-lease-row-cap',
    '第10条: 50% of 500,000 capped at 20万 per warehouse',
    { overseasWarehouseLeases: [{ areaM2: '1000', rentYuan: '500000.00' }] },
    { '10/leased-warehouse': ok('200000.00') },
  ),
  k(
    '10-lease-small',
    '第10条: 999.99 m² is not 1000平方米以上',
    { overseasWarehouseLeases: [{ areaM2: '999.99', rentYuan: '100000.00' }] },
    { '10/leased-warehouse': no },
  ),
  k(
    '10-lease-rows',
    '第10条: two warehouses, each on its own',
    {
      overseasWarehouseLeases: [
        { areaM2: '1000', rentYuan: '300000.00' },
        { areaM2: '2500', rentYuan: '100000.00' },
        { areaM2: '800', rentYuan: '900000.00' },
      ],
    },
    { '10/leased-warehouse': ok('200000.00') },
  ),

  // ── 第12条 insurance and interest ──
  k(
    '12-small-micro',
    '第12条: small or micro, via the single window: full premium (provincial)',
    {
      isSmallOrMicroEnterprise: true,
      premiumViaSingleWindow: true,
      exportCreditInsurancePremiumYuan: '80000.00',
    },
    { '12/small-micro-premium': ok('80000.00'), '12/premium': no },
  ),
  k(
    '12-general-premium',
    '第12条: other enterprises, 50% of the premium',
    { isSmallOrMicroEnterprise: false, exportCreditInsurancePremiumYuan: '100000.00' },
    { '12/premium': ok('50000.00'), '12/small-micro-premium': no },
  ),
  k(
    '12-interest',
    '第12条: 10,000,000 × 3.45% (LPR from 2023-08-21) × 20% × 300/360 = 57,500',
    {
      isSmallOrMicroEnterprise: false,
      creditInsuranceFinancingLoans: [
        { principalYuan: '10000000', startDate: '2024-03-01', days: 300, interestPaidYuan: '300000.00' },
      ],
    },
    { '12/interest': ok('57500.00') },
  ),
  k(
    '12-interest-lpr-change',
    '第12条: drawn on 2024-10-21, LPR 3.10%: 10,000,000 × 3.10% × 20% × 72/360 = 12,400',
    {
      isSmallOrMicroEnterprise: false,
      creditInsuranceFinancingLoans: [
        { principalYuan: '10000000', startDate: '2024-10-21', days: 72, interestPaidYuan: '70000.00' },
      ],
    },
    { '12/interest': ok('12400.00') },
  ),
  k(
    '12-interest-paid-limit',
    '第12条: never more than the interest paid',
    {
      isSmallOrMicroEnterprise: false,
      creditInsuranceFinancingLoans: [
        { principalYuan: '10000000', startDate: '2024-03-01', days: 300, interestPaidYuan: '20000.00' },
      ],
    },
    { '12/interest': ok('20000.00') },
  ),
  k(
    '12-yearly-cap',
    '第12条: premium and interest together at most 30万 a year',
    {
      isSmallOrMicroEnterprise: false,
      exportCreditInsurancePremiumYuan: '580000.00',
      creditInsuranceFinancingLoans: [
        { principalYuan: '10000000', startDate: '2024-03-01', days: 300, interestPaidYuan: '300000.00' },
      ],
    },
    { '12/premium': ok('290000.00'), '12/interest': ok('10000.00') },
  ),

  // ── 第13条, 第14条, 第15条, 第16条 ──
  k(
    '13-under',
    '第13条: training costs of 40,000',
    { isTraditionalForeignTradeEnterprise: true, inHouseTrainingCostYuan: '40000.00' },
    { '13/staff-training': ok('40000.00') },
  ),
  k(
    '13-cap',
    '第13条: at most 5万',
    { isTraditionalForeignTradeEnterprise: true, inHouseTrainingCostYuan: '60000.00' },
    { '13/staff-training': ok('50000.00') },
  ),
  k(
    '13-not-traditional',
    '第13条: only traditional foreign-trade enterprises',
    { isTraditionalForeignTradeEnterprise: false, inHouseTrainingCostYuan: '60000.00' },
    { '13/staff-training': no },
  ),
  k(
    '14-base',
    '第14条: recognised base, one-off at most 20万',
    { applicantKind: 'institution', talentBaseRecognised: true, talentBaseInvestmentYuan: '300000.00' },
    { '14/talent-base': ok('200000.00') },
  ),
  k(
    '14-enterprise',
    '第14条: for colleges and training institutions',
    { talentBaseRecognised: true, talentBaseInvestmentYuan: '300000.00' },
    { '14/talent-base': no },
  ),
  k(
    '15-deferred',
    '第15条: paid by the human resources bureau',
    { trainingFiledWithHrBureau: true },
    { '15/vocational-training': ok(null) },
  ),
  k(
    '15-not-filed',
    '第15条: courses must be filed first',
    { trainingFiledWithHrBureau: false },
    { '15/vocational-training': no },
  ),
  k(
    '16-under',
    '第16条: 10% of 800,000',
    { socialInsurancePaidYuan: '800000.00' },
    { '16/social-insurance': ok('80000.00') },
  ),
  k(
    '16-at',
    '第16条: 10% of 1,000,000 is the cap',
    { socialInsurancePaidYuan: '1000000.00' },
    { '16/social-insurance': ok('100000.00') },
  ),
  k(
    '16-above',
    '第16条: capped at 10万 a year',
    { socialInsurancePaidYuan: '1200000.00' },
    { '16/social-insurance': ok('100000.00') },
  ),

  // ── facts that the vocabulary refuses ──
  k(
    'error-unknown-fact',
    'an unknown fact is a field error',
    { exportValue: '100' },
    {},
    { expectError: 'validation_failed' },
  ),
  k(
    'error-number-money',
    'money must be a decimal string, never a float',
    { cbecExportYuan: 100.5 },
    {},
    { expectError: 'validation_failed' },
  ),
  k(
    'error-unknown-rule',
    'priorAwards keys must be rule ids of the zone',
    { priorAwards: { '99/none': '1.00' } },
    {},
    { expectError: 'validation_failed' },
  ),
];
