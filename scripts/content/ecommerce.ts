/**
 * Template: a B2C e-commerce purchase journey (online homeware retailer),
 * from search ad to delivery and returns. Gaps on purpose: the delivery
 * window and the returns label have no data link, the recommendation engine
 * is used by no touchpoint, stock is read daily at a real-time touchpoint.
 */
import type { Project } from '../../shared/domain/model.ts';
import { ProjectBuilder } from './builder.ts';

const MAYA = 'per_mobile_maya';
const DEV = 'per_deal_seeker_dev';

export function buildEcommerceTemplate(): Project {
  const b = new ProjectBuilder({
    id: 'prj_tpl_b2c_ecommerce', name: 'B2C e-commerce purchase', journeyId: 'jny_ecommerce_purchase', kind: 'journey-map',
    createdAt: '2026-01-12T09:00:00.000Z', updatedAt: '2026-01-12T09:00:00.000Z',
    description: 'A shopper finds a product online, compares, checks out, waits for delivery and sometimes returns it. Replace the examples with your own research.',
  });
  b.persona(MAYA, 'Mobile-first Maya', {
    role: 'Shops on her phone in short breaks; buys home goods every few weeks',
    goals: 'Find the right item fast, pay in one tap, know exactly when it arrives.',
    quote: 'If I have to type my address again, I give up.',
  });
  b.persona(DEV, 'Deal-seeker Dev', {
    role: 'Compares prices across sites on a laptop, waits for promo codes',
    goals: 'Best total price including delivery; easy, free returns.',
    quote: 'The discount code worked on their rival\'s site, why not here?',
  });

  b.stage('stg_discover', 'Discover', 'Bring qualified shoppers to the right product page.', 'Cost per product-page visit');
  b.stage('stg_browse', 'Browse & compare', 'Shoppers find and trust the product.', 'Product-page to basket rate');
  b.stage('stg_checkout', 'Checkout', 'A fast, safe checkout on any device.', 'Checkout conversion; payment failures');
  b.stage('stg_delivery', 'Delivery', 'The parcel arrives when promised, with proactive updates.', 'On-time delivery; "where is my order" contacts');
  b.stage('stg_returns', 'Returns & support', 'Returns are easy and refunds quick.', 'Refund time; repeat purchase after return');

  b.touchpoint('tp_search_ad', 'stg_discover', 'touchpoints', 'Search ad for a product', { channel: 'advertising', action: 'Searches "oak side table" and clicks a shopping ad.', description: 'Shopping ads from the product feed.', evidence: 'validated', emotions: [[MAYA, 0, null], [DEV, 1, null]] });
  b.touchpoint('tp_newsletter', 'stg_discover', 'touchpoints', 'Promotional newsletter', { channel: 'email', action: 'Opens the weekend sale email.', description: 'Segmented sale email with a discount code.', evidence: 'partly-validated', emotions: [[DEV, 1, 2]] });
  b.touchpoint('tp_product_search', 'stg_browse', 'touchpoints', 'Site search and filters', { channel: 'web', action: 'Filters by size, colour and price.', description: 'Search results ranked by popularity.', evidence: 'validated', emotions: [[MAYA, -1, 1], [DEV, 0, 1]] });
  b.touchpoint('tp_product_page', 'stg_browse', 'touchpoints', 'Product page with stock and reviews', { channel: 'web', action: 'Reads reviews and checks stock.', description: 'Stock shown as "in stock" from a nightly ERP file.', evidence: 'validated', realTime: true, emotions: [[MAYA, 1, 2], [DEV, 0, null]] });
  b.touchpoint('tp_compare', 'stg_browse', 'customer-actions', 'Compares prices on other sites', { channel: 'other', action: 'Opens two rival shops in new tabs.', description: 'Happens outside our channels; visible only as exits.', evidence: 'assumed', emotions: [[DEV, 0, null]] });
  b.touchpoint('tp_basket', 'stg_checkout', 'touchpoints', 'Basket and promo code', { channel: 'web', action: 'Enters the newsletter code.', description: 'Promo codes validated by the e-commerce platform.', evidence: 'validated', emotions: [[MAYA, 0, 1], [DEV, -1, 1]] });
  b.touchpoint('tp_checkout_form', 'stg_checkout', 'touchpoints', 'Address and delivery options', { channel: 'web', action: 'Types address, picks a delivery slot.', description: 'Guest checkout; saved addresses only for logged-in customers.', evidence: 'validated', emotions: [[MAYA, -2, 1], [DEV, 0, null]] });
  b.touchpoint('tp_payment', 'stg_checkout', 'customer-actions', 'Pays by card or wallet', { channel: 'web', action: 'Pays with Apple Pay or a card (3-D Secure).', description: 'Hosted payment fields.', evidence: 'validated', realTime: true, emotions: [[MAYA, 1, 2], [DEV, 0, 1]] });
  b.touchpoint('tp_confirmation', 'stg_delivery', 'touchpoints', 'Order confirmation email', { channel: 'email', action: 'Reads the confirmation with order number.', description: 'Transactional email sent by the platform.', evidence: 'validated', emotions: [[MAYA, 1, null], [DEV, 1, null]] });
  b.touchpoint('tp_tracking', 'stg_delivery', 'touchpoints', 'Tracking page and SMS updates', { channel: 'web', action: 'Checks where the parcel is.', description: 'Carrier tracking embedded in the account page.', evidence: 'partly-validated', realTime: true, emotions: [[MAYA, -1, 1], [DEV, 0, null]] });
  b.touchpoint('tp_delivery_window', 'stg_delivery', 'customer-actions', 'Waits in for the delivery window', { channel: 'other', action: 'Stays home for a 4-hour window.', description: 'No way to change the slot after dispatch.', evidence: 'assumed', emotions: [[MAYA, -2, 0], [DEV, -1, 0]] });
  b.touchpoint('tp_return_request', 'stg_returns', 'touchpoints', 'Online return request', { channel: 'web', action: 'Starts a return from the account page.', description: 'Return reasons are free text.', evidence: 'partly-validated', emotions: [[DEV, 0, 1]] });
  b.touchpoint('tp_return_label', 'stg_returns', 'customer-actions', 'Prints the return label', { channel: 'other', action: 'Prints the label and drops the parcel off.', description: 'Requires a printer; no QR drop-off yet.', evidence: 'validated', emotions: [[MAYA, -2, 1], [DEV, -1, 1]] });
  b.touchpoint('tp_support_chat', 'stg_returns', 'touchpoints', 'Chat about a refund', { channel: 'chat', action: 'Asks when the refund will arrive.', description: 'Agents see orders but not return-warehouse status.', evidence: 'validated', emotions: [[DEV, -1, 1]] });

  b.connect('con_ad_search', 'tp_search_ad', 'tp_product_page');
  b.connect('con_news_search', 'tp_newsletter', 'tp_product_search');
  b.connect('con_search_pdp', 'tp_product_search', 'tp_product_page');
  b.connect('con_pdp_compare', 'tp_product_page', 'tp_compare', 'Unsure about price');
  b.connect('con_pdp_basket', 'tp_product_page', 'tp_basket', 'Adds to basket');
  b.connect('con_compare_basket', 'tp_compare', 'tp_basket');
  b.connect('con_basket_form', 'tp_basket', 'tp_checkout_form');
  b.connect('con_form_pay', 'tp_checkout_form', 'tp_payment');
  b.connect('con_pay_confirm', 'tp_payment', 'tp_confirmation');
  b.connect('con_confirm_track', 'tp_confirmation', 'tp_tracking');
  b.connect('con_track_window', 'tp_tracking', 'tp_delivery_window');
  b.connect('con_window_return', 'tp_delivery_window', 'tp_return_request', 'Not as expected');
  b.connect('con_return_label', 'tp_return_request', 'tp_return_label');
  b.connect('con_label_chat', 'tp_return_label', 'tp_support_chat');

  b.system('sys_shop', 'E-commerce platform', { kind: 'ecommerce', vendor: 'Shopify Plus', businessOwner: 'Head of E-commerce', technicalOwner: 'Web team', hosting: 'saas', lifecycle: 'active', criticality: 'mission-critical', systemOfRecord: true, link: '', notes: 'Catalogue, basket, checkout, orders.' });
  b.system('sys_erp', 'ERP and stock', { kind: 'erp', vendor: 'Microsoft Dynamics 365', businessOwner: 'Supply chain director', technicalOwner: 'ERP team', hosting: 'cloud', lifecycle: 'active', criticality: 'mission-critical', systemOfRecord: true, link: '', notes: 'System of record for stock; exports availability nightly.' });
  b.system('sys_psp', 'Payment service provider', { kind: 'payment', vendor: 'Stripe', businessOwner: 'Finance', technicalOwner: 'Web team', hosting: 'saas', lifecycle: 'active', criticality: 'mission-critical', systemOfRecord: false, link: '', notes: 'Cards and wallets; tokens only.' });
  b.system('sys_esp', 'Email service', { kind: 'marketing-automation', vendor: 'Klaviyo', businessOwner: 'CRM manager', technicalOwner: 'Marketing ops', hosting: 'saas', lifecycle: 'active', criticality: 'medium', systemOfRecord: false, link: '', notes: 'Newsletters and transactional email.' });
  b.system('sys_carrier', 'Carrier tracking integration', { kind: 'custom', vendor: 'In-house middleware', businessOwner: 'Logistics manager', technicalOwner: 'Integration team', hosting: 'on-premises', lifecycle: 'phase-out', criticality: 'high', systemOfRecord: false, link: '', notes: 'Polls carrier APIs hourly; to be replaced by a tracking SaaS.' });
  b.system('sys_helpdesk', 'Helpdesk', { kind: 'support', vendor: 'Zendesk', businessOwner: 'Customer service lead', technicalOwner: 'CRM admin', hosting: 'saas', lifecycle: 'active', criticality: 'medium', systemOfRecord: false, link: '', notes: 'Chat and email tickets.' });
  b.system('sys_analytics', 'Web analytics', { kind: 'analytics', vendor: 'Google Analytics 4', businessOwner: 'Digital marketing', technicalOwner: 'Web team', hosting: 'saas', lifecycle: 'active', criticality: 'low', systemOfRecord: false, link: '', notes: 'Consent-gated behavioural tracking.' });
  b.system('sys_reco', 'Recommendation engine', { kind: 'other', vendor: 'Nosto', businessOwner: 'Merchandising', technicalOwner: 'Web team', hosting: 'saas', lifecycle: 'plan', criticality: 'low', systemOfRecord: false, link: '', notes: 'Under evaluation; not connected yet.' });
  b.placeSystems(['sys_analytics', 'sys_shop', 'sys_psp', 'sys_carrier', 'sys_helpdesk', 'sys_esp', 'sys_erp', 'sys_reco']);

  b.dataLink('dl_ad_feed', 'tp_search_ad', 'sys_shop', { objects: ['Product feed'], direction: 'reads', integration: 'api-batch', freshness: 'daily', evidence: 'validated' });
  b.dataLink('dl_news_esp', 'tp_newsletter', 'sys_esp', { objects: ['Subscriber', 'Promo code'], direction: 'reads', personal: ['contact'], integration: 'api-batch', freshness: 'daily', evidence: 'validated' });
  b.dataLink('dl_search_analytics', 'tp_product_search', 'sys_analytics', { objects: ['Search terms'], direction: 'writes', personal: ['behavioural'], integration: 'real-time', freshness: 'real-time', evidence: 'partly-validated' });
  b.dataLink('dl_pdp_stock', 'tp_product_page', 'sys_erp', { objects: ['Stock level'], direction: 'reads', integration: 'file-batch', freshness: 'daily', evidence: 'validated' });
  b.dataLink('dl_basket_shop', 'tp_basket', 'sys_shop', { objects: ['Basket', 'Promo code'], direction: 'both', integration: 'real-time', freshness: 'real-time', evidence: 'validated' });
  b.dataLink('dl_form_shop', 'tp_checkout_form', 'sys_shop', { objects: ['Delivery address', 'Delivery slot'], direction: 'writes', personal: ['contact', 'location'], integration: 'real-time', freshness: 'real-time', evidence: 'validated' });
  b.dataLink('dl_pay_psp', 'tp_payment', 'sys_psp', { objects: ['Payment token'], direction: 'both', personal: ['payment'], integration: 'real-time', freshness: 'real-time', evidence: 'validated' });
  b.dataLink('dl_confirm_esp', 'tp_confirmation', 'sys_esp', { objects: ['Order confirmation'], direction: 'reads', personal: ['contact'], integration: 'real-time', freshness: 'minutes', evidence: 'validated' });
  b.dataLink('dl_track_carrier', 'tp_tracking', 'sys_carrier', { objects: ['Parcel status'], direction: 'reads', personal: ['location'], integration: 'api-batch', freshness: 'hourly', evidence: 'partly-validated' });
  b.dataLink('dl_return_shop', 'tp_return_request', 'sys_shop', { objects: ['Return request', 'Reason (free text)'], direction: 'writes', personal: ['contact'], integration: 'real-time', freshness: 'real-time', evidence: 'validated' });
  b.dataLink('dl_chat_helpdesk', 'tp_support_chat', 'sys_helpdesk', { objects: ['Ticket', 'Order lookup'], direction: 'both', personal: ['contact'], integration: 'manual', freshness: 'unknown', evidence: 'validated' });

  b.friction('fr_stock_stale', 'tp_product_page', { title: '"In stock" items turn out to be sold out', severity: 'high', evidence: 'validated', owner: 'it', status: 'open', description: 'Stock is refreshed nightly; popular items oversell during sales.', systems: ['sys_erp'] });
  b.friction('fr_address_retype', 'tp_checkout_form', { title: 'Address typed again on mobile', severity: 'high', evidence: 'validated', owner: 'shared', status: 'in-progress', description: 'No address lookup and no saved details for guests; 31% drop-off on this step on mobile.', systems: ['sys_shop'] });
  b.friction('fr_code_rejected', 'tp_basket', { title: 'Newsletter code rejected', severity: 'medium', evidence: 'partly-validated', owner: 'marketing', status: 'open', description: 'Codes exclude sale items but the email does not say so.' });
  b.friction('fr_tracking_lag', 'tp_tracking', { title: 'Tracking lags behind the driver', severity: 'medium', evidence: 'assumed', owner: 'it', status: 'open', description: 'Hourly polling shows "in transit" after delivery.', systems: ['sys_carrier'] });
  b.friction('fr_printer_needed', 'tp_return_label', { title: 'Returns need a printer', severity: 'medium', evidence: 'validated', owner: 'unassigned', status: 'open', description: 'Many mobile-only shoppers have no printer.' });

  b.opportunity('opp_live_stock', { title: 'Live stock from the ERP', owner: 'ERP team', priority: 'high', status: 'planned', description: 'Event-driven stock updates to the shop during sales.', frictions: ['fr_stock_stale'] });
  b.opportunity('opp_address_lookup', { title: 'Address lookup and wallet details', owner: 'Web team', priority: 'high', status: 'in-progress', description: 'Postcode lookup and address from Apple Pay / Google Pay.', frictions: ['fr_address_retype'] });
  b.opportunity('opp_qr_returns', { title: 'QR-code drop-off returns', owner: 'Logistics manager', priority: 'medium', status: 'idea', description: 'Carrier QR codes instead of printed labels.', frictions: ['fr_printer_needed'] });
  return b.build();
}
