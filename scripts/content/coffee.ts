/**
 * "Bean & Brew": a coffee chain's omnichannel loyalty journey — discover the
 * app, order ahead, pick up in store, earn and redeem stars, personalised
 * offers. The sample adds the marketing ↔ IT conversation (coffee-workshop.ts);
 * the template is the same map without it.
 */
import type { Project } from '../../shared/domain/model.ts';
import { ProjectBuilder } from './builder.ts';
import { addCoffeeData } from './coffee-data.ts';
import { addCoffeeWorkshop } from './coffee-workshop.ts';

const CHLOE = 'per_commuter_chloe';
const SAM = 'per_weekend_sam';

function coffeeMap(id: string, name: string): ProjectBuilder {
  const b = new ProjectBuilder({
    id, name, journeyId: 'jny_coffee_loyalty', kind: 'journey-map',
    createdAt: '2026-02-02T08:30:00.000Z', updatedAt: '2026-02-19T16:45:00.000Z',
    description: 'How Bean & Brew customers move from first hearing about the app to ordering ahead, collecting in store, earning Bean Club stars and acting on personalised offers — across the app, the tills and email.',
  });

  b.persona(CHLOE, 'Commuter Chloé', {
    role: 'Weekday commuter, orders ahead 4× a week on the way to the station',
    goals: 'Get the same flat white in under two minutes, never miss her train, see her stars add up.',
    quote: 'If the app says it is ready, it had better be on the shelf.',
  });
  b.persona(SAM, 'Weekend Family Sam', {
    role: 'Parent of two, visits on Saturday mornings, orders at the counter and sometimes in the app',
    goals: 'A relaxed treat for the family, offers that fit a family order, no fiddling with codes at the till.',
    quote: 'I never know how many stars I have or what I can actually get with them.',
  });

  b.stage('stg_discover', 'Discover', 'Make app ordering and Bean Club visible to walk-in and new customers.', 'App installs per 1,000 store transactions');
  b.stage('stg_order_ahead', 'Order ahead', 'A mobile order in under 60 seconds, with what the store can actually make.', 'Order completion rate; refunds for sold-out items');
  b.stage('stg_pickup', 'Pick up in store', 'The order is ready when promised and easy to find.', 'Orders collected within 3 min of "ready"');
  b.stage('stg_rewards', 'Earn & redeem rewards', 'Members see stars at once and redeem without friction.', 'Share of transactions with a member scan; redemption rate');
  b.stage('stg_offers', 'Personalised offers', 'Offers that match what each member buys and bring them back.', 'Offer redemption rate; 30-day return rate');

  // Discover
  b.touchpoint('tp_social_ad', 'stg_discover', 'touchpoints', 'Instagram ad for the seasonal menu', {
    channel: 'social', action: 'Sees the autumn drinks reel and taps "Order ahead".', evidence: 'partly-validated',
    description: 'Paid social campaign linking to the app store listing; no deep link into the menu yet.',
    emotions: [[CHLOE, 1, null], [SAM, 0, 1]],
  });
  b.touchpoint('tp_store_qr', 'stg_discover', 'touchpoints', 'QR code on counter and cup sleeve', {
    channel: 'store', action: 'Scans the QR code while waiting in the queue.', evidence: 'validated',
    description: 'Counter card and cup sleeve promising "skip the queue next time" and 50 welcome stars.',
    emotions: [[CHLOE, 1, 2], [SAM, 0, null]],
  });
  b.touchpoint('tp_app_signup', 'stg_discover', 'customer-actions', 'Installs the app and joins Bean Club', {
    channel: 'mobile-app', action: 'Downloads the app, creates an account and accepts marketing consent.', evidence: 'validated',
    description: 'Sign-up with email or Apple/Google; Bean Club membership is created in the loyalty engine overnight.',
    emotions: [[CHLOE, 0, 1], [SAM, -1, 1]],
  });

  // Order ahead
  b.touchpoint('tp_app_menu', 'stg_order_ahead', 'touchpoints', 'Browse menu and customise a drink', {
    channel: 'mobile-app', action: 'Picks a drink, milk and size; saves it as a favourite.', evidence: 'validated',
    description: 'Menu and prices come from the app backend; item availability comes from the store POS in a nightly file.',
    realTime: true, emotions: [[CHLOE, 1, 2], [SAM, 1, null]],
  });
  b.touchpoint('tp_store_select', 'stg_order_ahead', 'touchpoints', 'Choose store and pickup time', {
    channel: 'mobile-app', action: 'Chooses the station store and a pickup slot.', evidence: 'partly-validated',
    description: 'Store list sorted by distance with an estimated wait based on open orders.',
    realTime: true, emotions: [[CHLOE, 1, 2], [SAM, 0, null]],
  });
  b.touchpoint('tp_app_pay', 'stg_order_ahead', 'customer-actions', 'Pay in the app', {
    channel: 'mobile-app', action: 'Pays with a saved card, Apple Pay or Google Pay.', evidence: 'validated',
    description: 'Tokenised payment through the gateway; the order is sent to the store POS on authorisation.',
    realTime: true, emotions: [[CHLOE, 1, null], [SAM, 0, 1]],
  });

  // Pick up in store
  b.touchpoint('tp_order_ready', 'stg_pickup', 'touchpoints', '"Your order is ready" push', {
    channel: 'mobile-app', action: 'Gets the notification on the way in.', evidence: 'validated',
    description: 'Sent when the barista bumps the order on the kitchen display.',
    realTime: true, emotions: [[CHLOE, 2, null], [SAM, 1, null]],
  });
  b.touchpoint('tp_pickup_shelf', 'stg_pickup', 'touchpoints', 'Mobile order pickup shelf', {
    channel: 'store', action: 'Looks for the cup with her name on the shelf.', evidence: 'validated',
    description: 'One open shelf by the door; at peak it holds 20+ cups with handwritten names.',
    emotions: [[CHLOE, -1, 1], [SAM, -1, 1]],
  });
  b.touchpoint('tp_barista_help', 'stg_pickup', 'customer-actions', 'Asks a barista about a missing order', {
    channel: 'store', action: 'Queues again to ask where the order is.', evidence: 'partly-validated',
    description: 'Baristas look the order up on the POS; no link to the app order history at the counter.',
    emotions: [[CHLOE, -2, 0], [SAM, -1, 0]],
  });

  // Earn & redeem rewards
  b.touchpoint('tp_member_scan', 'stg_rewards', 'touchpoints', 'Scan Bean Club QR at the till', {
    channel: 'store', action: 'Shows the member QR code when paying at the counter.', evidence: 'validated',
    description: 'The POS records the member id with the basket; stars are posted by the nightly loyalty batch.',
    emotions: [[CHLOE, 0, null], [SAM, 0, 1]],
  });
  b.touchpoint('tp_stars_balance', 'stg_rewards', 'touchpoints', 'Check stars balance in the app', {
    channel: 'mobile-app', action: 'Opens the Rewards tab right after paying.', evidence: 'validated',
    description: 'Balance is read from the loyalty engine, which is updated once a day.',
    realTime: true, emotions: [[CHLOE, -1, 2], [SAM, -2, 1]],
  });
  b.touchpoint('tp_redeem_reward', 'stg_rewards', 'customer-actions', 'Redeem a free drink at the till', {
    channel: 'store', action: 'Reads a 10-digit reward code aloud to the barista.', evidence: 'validated',
    description: 'The barista types the code into the POS; the loyalty engine is told in the nightly file.',
    realTime: true, emotions: [[CHLOE, 0, 2], [SAM, -1, 1]],
  });

  // Personalised offers
  b.touchpoint('tp_offer_email', 'stg_offers', 'touchpoints', 'Weekly personalised offer email', {
    channel: 'email', action: 'Opens the Thursday email with "your offer of the week".', evidence: 'partly-validated',
    description: 'Segment-based offers built in the CDP and sent by marketing automation.',
    emotions: [[CHLOE, 0, 1], [SAM, 1, null]],
  });
  b.touchpoint('tp_app_offers', 'stg_offers', 'touchpoints', 'Offers tab in the app', {
    channel: 'mobile-app', action: 'Activates an offer before ordering.', evidence: 'assumed',
    description: 'Shows the member\'s current offers; should reflect today\'s purchases but uses yesterday\'s segments.',
    realTime: true, emotions: [[CHLOE, 0, 2], [SAM, 0, 1]],
  });
  b.touchpoint('tp_birthday_reward', 'stg_offers', 'touchpoints', 'Birthday treat email', {
    channel: 'email', action: 'Receives a free-cake voucher in the birthday week.', evidence: 'validated',
    description: 'Sent from the legacy email tool from a weekly CSV export of birthdays.',
    emotions: [[CHLOE, 1, 2], [SAM, 2, null]],
  });
  b.touchpoint('tp_visit_survey', 'stg_offers', 'customer-actions', 'Rates the visit in a short survey', {
    channel: 'email', action: 'Answers the 3-question survey sent after the visit.', evidence: 'assumed',
    description: 'Responses land in the CRM as cases only when the score is 1 or 2.',
    emotions: [[CHLOE, 0, null]],
  });

  b.connect('con_ad_signup', 'tp_social_ad', 'tp_app_signup');
  b.connect('con_qr_signup', 'tp_store_qr', 'tp_app_signup');
  b.connect('con_signup_menu', 'tp_app_signup', 'tp_app_menu');
  b.connect('con_menu_store', 'tp_app_menu', 'tp_store_select');
  b.connect('con_store_pay', 'tp_store_select', 'tp_app_pay');
  b.connect('con_pay_ready', 'tp_app_pay', 'tp_order_ready');
  b.connect('con_ready_shelf', 'tp_order_ready', 'tp_pickup_shelf');
  b.connect('con_shelf_help', 'tp_pickup_shelf', 'tp_barista_help', 'Order not on the shelf');
  b.connect('con_shelf_balance', 'tp_pickup_shelf', 'tp_stars_balance', 'Order collected');
  b.connect('con_scan_balance', 'tp_member_scan', 'tp_stars_balance');
  b.connect('con_balance_redeem', 'tp_stars_balance', 'tp_redeem_reward', 'Enough stars');
  b.connect('con_redeem_survey', 'tp_redeem_reward', 'tp_visit_survey');
  b.connect('con_email_offers', 'tp_offer_email', 'tp_app_offers');
  b.connect('con_birthday_offers', 'tp_birthday_reward', 'tp_app_offers');
  b.connect('con_offers_menu', 'tp_app_offers', 'tp_app_menu', 'Offer applied to next order');

  addCoffeeData(b);
  return b;
}

/** The sample: the map plus the workshop (votes) and the marketing ↔ IT conversation. */
export function buildCoffeeSample(): Project {
  const b = coffeeMap('prj_bean_and_brew', 'Bean & Brew — omnichannel loyalty');
  addCoffeeWorkshop(b);
  return b.build();
}

/** The template: the same map without votes, participants or annotation threads. */
export function buildCoffeeTemplate(): Project {
  return coffeeMap('prj_tpl_coffee_loyalty', 'Coffee chain loyalty journey').build();
}
