/**
 * Bean & Brew: the systems catalog, data links, friction points and
 * opportunities. Gaps are deliberate, for the analysis views: the social ad,
 * the pickup shelf and the barista counter have no data link; Loyalty Cloud
 * (phase-in) is used by no touchpoint; real-time touchpoints read daily data.
 */
import type { ProjectBuilder } from './builder.ts';

export function addCoffeeData(b: ProjectBuilder): void {
  b.system('sys_pos', 'Store POS', {
    kind: 'pos', vendor: 'Oracle MICROS Simphony', businessOwner: 'Head of Store Operations', technicalOwner: 'Retail Systems team',
    hosting: 'on-premises', lifecycle: 'active', criticality: 'mission-critical', systemOfRecord: true, link: '',
    notes: 'Tills and kitchen display in 214 stores. Sends sales and member scans to head office in a nightly file at 02:00.',
  });
  b.system('sys_loyalty_legacy', 'Bean Club loyalty engine', {
    kind: 'loyalty', vendor: 'In-house (2017)', businessOwner: 'CRM & Loyalty Manager', technicalOwner: 'Loyalty platform team',
    hosting: 'on-premises', lifecycle: 'phase-out', criticality: 'high', systemOfRecord: true, link: '',
    notes: 'System of record for members, stars and rewards. Batch only; replaced by Loyalty Cloud, cut-over planned for Q3.',
  });
  b.system('sys_loyalty_cloud', 'Loyalty Cloud', {
    kind: 'loyalty', vendor: 'Antavo', businessOwner: 'CRM & Loyalty Manager', technicalOwner: 'Loyalty platform team',
    hosting: 'saas', lifecycle: 'phase-in', criticality: 'high', systemOfRecord: false, link: 'https://antavo.com',
    notes: 'Contract signed in January; real-time earn and burn APIs. Not yet connected to any touchpoint.',
  });
  b.system('sys_order_backend', 'Mobile ordering backend', {
    kind: 'ecommerce', vendor: 'Custom (Node.js on AWS)', businessOwner: 'Digital Product Lead', technicalOwner: 'App platform squad',
    hosting: 'cloud', lifecycle: 'active', criticality: 'mission-critical', systemOfRecord: true, link: '',
    notes: 'Accounts, menu, mobile orders and push notifications. Pushes orders to the POS over the store gateway.',
  });
  b.system('sys_payment', 'Payment gateway', {
    kind: 'payment', vendor: 'Adyen', businessOwner: 'Finance Director', technicalOwner: 'Payments engineer',
    hosting: 'saas', lifecycle: 'active', criticality: 'mission-critical', systemOfRecord: false, link: 'https://www.adyen.com',
    notes: 'Card, Apple Pay and Google Pay for app orders. Card data never touches our servers (tokens only).',
  });
  b.system('sys_crm', 'Customer service CRM', {
    kind: 'crm', vendor: 'Salesforce Service Cloud', businessOwner: 'Customer Care Manager', technicalOwner: 'CRM admin',
    hosting: 'saas', lifecycle: 'active', criticality: 'medium', systemOfRecord: false, link: '',
    notes: 'Complaint cases and survey escalations. No loyalty data; agents look up stars by phone with the loyalty team.',
  });
  b.system('sys_cdp', 'Customer data platform', {
    kind: 'cdp', vendor: 'Segment', businessOwner: 'Head of CRM Marketing', technicalOwner: 'Data engineering',
    hosting: 'saas', lifecycle: 'active', criticality: 'high', systemOfRecord: false, link: '',
    notes: 'App events in real time; POS and loyalty data only from the nightly warehouse sync. Audiences recompute daily at 05:00.',
  });
  b.system('sys_braze', 'Marketing automation', {
    kind: 'marketing-automation', vendor: 'Braze', businessOwner: 'Head of CRM Marketing', technicalOwner: 'Marketing technologist',
    hosting: 'saas', lifecycle: 'active', criticality: 'medium', systemOfRecord: false, link: '',
    notes: 'Weekly offer emails and app push campaigns. Audiences imported from the CDP.',
  });
  b.system('sys_legacy_email', 'Legacy email tool', {
    kind: 'marketing-automation', vendor: 'MailBox Pro', businessOwner: 'CRM Marketing Executive', technicalOwner: 'None (marketing-run)',
    hosting: 'saas', lifecycle: 'end-of-life', criticality: 'low', systemOfRecord: false, link: '',
    notes: 'Still sends birthday emails from a CSV export. Licence ends in June; migrate to Braze.',
  });
  b.system('sys_warehouse', 'Data warehouse', {
    kind: 'data-warehouse', vendor: 'Snowflake', businessOwner: 'Head of Analytics', technicalOwner: 'Data engineering',
    hosting: 'cloud', lifecycle: 'active', criticality: 'high', systemOfRecord: false, link: '',
    notes: 'Sales, redemptions and campaign results for reporting; feeds the CDP nightly.',
  });
  b.placeSystems(['sys_cdp', 'sys_order_backend', 'sys_pos', 'sys_loyalty_legacy', 'sys_braze',
    'sys_payment', 'sys_warehouse', 'sys_crm', 'sys_loyalty_cloud', 'sys_legacy_email']);

  b.dataLink('dl_qr_cdp', 'tp_store_qr', 'sys_cdp', { objects: ['QR scan event', 'Store id'], direction: 'writes', personal: ['behavioural', 'location'], integration: 'real-time', freshness: 'real-time', evidence: 'validated' });
  b.dataLink('dl_signup_app', 'tp_app_signup', 'sys_order_backend', { objects: ['Customer account', 'Marketing consent'], direction: 'writes', personal: ['contact'], integration: 'real-time', freshness: 'real-time', evidence: 'validated' });
  b.dataLink('dl_signup_loyalty', 'tp_app_signup', 'sys_loyalty_legacy', { objects: ['Bean Club member'], direction: 'writes', personal: ['contact'], integration: 'file-batch', freshness: 'daily', evidence: 'validated' });
  b.dataLink('dl_menu_app', 'tp_app_menu', 'sys_order_backend', { objects: ['Menu', 'Prices', 'Allergen information'], direction: 'reads', integration: 'real-time', freshness: 'real-time', evidence: 'validated' });
  b.dataLink('dl_menu_stock', 'tp_app_menu', 'sys_pos', { objects: ['Item availability'], direction: 'reads', integration: 'file-batch', freshness: 'daily', evidence: 'validated' });
  b.dataLink('dl_store_select', 'tp_store_select', 'sys_order_backend', { objects: ['Store list', 'Wait estimate'], direction: 'reads', personal: ['location'], integration: 'real-time', freshness: 'minutes', evidence: 'partly-validated' });
  b.dataLink('dl_pay_gateway', 'tp_app_pay', 'sys_payment', { objects: ['Payment token', 'Authorisation'], direction: 'both', personal: ['payment'], integration: 'real-time', freshness: 'real-time', evidence: 'validated' });
  b.dataLink('dl_pay_order', 'tp_app_pay', 'sys_order_backend', { objects: ['Mobile order'], direction: 'writes', personal: ['contact', 'behavioural'], integration: 'real-time', freshness: 'real-time', evidence: 'validated' });
  b.dataLink('dl_ready_pos', 'tp_order_ready', 'sys_pos', { objects: ['Order status'], direction: 'reads', integration: 'api-batch', freshness: 'minutes', evidence: 'partly-validated' });
  b.dataLink('dl_scan_pos', 'tp_member_scan', 'sys_pos', { objects: ['Member id', 'Basket'], direction: 'writes', personal: ['behavioural'], integration: 'real-time', freshness: 'real-time', evidence: 'validated' });
  b.dataLink('dl_scan_loyalty', 'tp_member_scan', 'sys_loyalty_legacy', { objects: ['Qualifying transaction'], direction: 'writes', personal: ['behavioural'], integration: 'file-batch', freshness: 'daily', evidence: 'validated' });
  b.dataLink('dl_balance_loyalty', 'tp_stars_balance', 'sys_loyalty_legacy', { objects: ['Stars balance', 'Reward history'], direction: 'reads', personal: ['behavioural'], integration: 'api-batch', freshness: 'daily', evidence: 'validated' });
  b.dataLink('dl_redeem_loyalty', 'tp_redeem_reward', 'sys_loyalty_legacy', { objects: ['Reward code'], direction: 'both', personal: ['behavioural'], integration: 'manual', freshness: 'unknown', evidence: 'partly-validated' });
  b.dataLink('dl_redeem_warehouse', 'tp_redeem_reward', 'sys_warehouse', { objects: ['Redemption record'], direction: 'writes', integration: 'file-batch', freshness: 'daily', evidence: 'assumed' });
  b.dataLink('dl_email_braze', 'tp_offer_email', 'sys_braze', { objects: ['Offer email', 'Send and open events'], direction: 'both', personal: ['contact', 'behavioural'], integration: 'api-batch', freshness: 'daily', evidence: 'validated' });
  b.dataLink('dl_email_cdp', 'tp_offer_email', 'sys_cdp', { objects: ['Offer audience'], direction: 'reads', personal: ['behavioural'], integration: 'api-batch', freshness: 'daily', evidence: 'partly-validated' });
  b.dataLink('dl_offers_cdp', 'tp_app_offers', 'sys_cdp', { objects: ['Next best offer'], direction: 'reads', personal: ['behavioural'], integration: 'api-batch', freshness: 'daily', evidence: 'assumed' });
  b.dataLink('dl_birthday_email', 'tp_birthday_reward', 'sys_legacy_email', { objects: ['Birthday list (CSV)'], direction: 'reads', personal: ['contact'], integration: 'manual', freshness: 'weekly', evidence: 'validated' });
  b.dataLink('dl_survey_crm', 'tp_visit_survey', 'sys_crm', { objects: ['Survey response', 'Complaint case'], direction: 'writes', personal: ['contact'], integration: 'none', freshness: 'unknown', evidence: 'assumed' });

  b.friction('fr_stars_next_day', 'tp_stars_balance', {
    title: 'Stars only appear the next day', severity: 'high', evidence: 'validated', owner: 'it', status: 'open',
    description: 'Members check the Rewards tab straight after paying and see no stars; 38% of loyalty complaints in Q4 were "missing stars".',
    systems: ['sys_loyalty_legacy', 'sys_pos'],
  });
  b.friction('fr_sold_out_orderable', 'tp_app_menu', {
    title: 'Sold-out items can still be ordered', severity: 'critical', evidence: 'partly-validated', owner: 'shared', status: 'in-progress',
    description: 'Availability is refreshed nightly, so oat milk and pastries that ran out at 8:00 stay orderable; the store refunds and the customer leaves empty-handed.',
    systems: ['sys_pos', 'sys_order_backend'],
  });
  b.friction('fr_crowded_shelf', 'tp_pickup_shelf', {
    title: 'Order hard to find on a crowded shelf', severity: 'medium', evidence: 'validated', owner: 'marketing', status: 'open',
    description: 'At peak times customers search 20+ cups with handwritten names; some take the wrong drink.',
  });
  b.friction('fr_manual_reward_code', 'tp_redeem_reward', {
    title: 'Reward codes typed in by hand', severity: 'high', evidence: 'validated', owner: 'it', status: 'open',
    description: 'Baristas key a 10-digit code into the till; mistypes reject valid rewards and slow the queue.',
    systems: ['sys_loyalty_legacy', 'sys_pos'],
  });
  b.friction('fr_generic_offers', 'tp_offer_email', {
    title: 'Offers ignore what members actually buy', severity: 'medium', evidence: 'assumed', owner: 'marketing', status: 'open',
    description: 'Segments use app events only; in-store purchases arrive a day late, so Sam gets single-coffee offers for a family order.',
    systems: ['sys_cdp', 'sys_braze'],
  });
  b.friction('fr_first_order_no_stars', 'tp_app_signup', {
    title: 'New members cannot earn on their first order', severity: 'medium', evidence: 'partly-validated', owner: 'unassigned', status: 'open',
    description: 'The Bean Club account exists only after the overnight batch, so the welcome stars promised on the cup sleeve are missing.',
    systems: ['sys_loyalty_legacy'],
  });
  b.friction('fr_birthday_late', 'tp_birthday_reward', {
    title: 'Birthday treat arrives after the birthday', severity: 'low', evidence: 'validated', owner: 'it', status: 'resolved',
    description: 'The weekly CSV export meant some vouchers arrived up to six days late. Export moved to daily in February.',
    systems: ['sys_legacy_email'],
  });

  b.opportunity('opp_realtime_loyalty', {
    title: 'Real-time earn and burn on Loyalty Cloud', owner: 'Loyalty platform team', priority: 'high', status: 'planned',
    description: 'Connect the POS and the app to Loyalty Cloud APIs: stars post at payment, rewards redeem by scanning the member QR.',
    frictions: ['fr_stars_next_day', 'fr_manual_reward_code', 'fr_first_order_no_stars'],
  });
  b.opportunity('opp_live_availability', {
    title: 'Live item availability from the tills', owner: 'App platform squad', priority: 'high', status: 'in-progress',
    description: 'Baristas mark items sold out on the POS; the app hides them within a minute.',
    frictions: ['fr_sold_out_orderable'],
  });
  b.opportunity('opp_named_cubbies', {
    title: 'Numbered pickup cubbies with a "ready" screen', owner: 'Store experience manager', priority: 'medium', status: 'idea',
    description: 'Pilot in three station stores: the push names the cubby, a screen shows ready orders.',
    frictions: ['fr_crowded_shelf'],
  });
  b.opportunity('opp_basket_offers', {
    title: 'Offers built from the whole basket history', owner: 'Head of CRM Marketing', priority: 'medium', status: 'idea',
    description: 'Once loyalty is real time, stream in-store baskets to the CDP and target family bundles and commuter streaks.',
    frictions: ['fr_generic_offers'],
  });
}
