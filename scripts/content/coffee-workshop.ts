/**
 * Bean & Brew sample only: the dot-voting round of the joint workshop and
 * the marketing ↔ IT conversation on the map (threads and alignment).
 */
import type { ProjectBuilder } from './builder.ts';

const AMELIE = 'Amélie Laurent';
const JONAS = 'Jonas Weber';
const PRIYA = 'Priya Raman';
const MARCUS = 'Marcus Okafor';
const SOFIA = 'Sofia Lindqvist';

export function addCoffeeWorkshop(b: ProjectBuilder): void {
  b.workshop(5, [AMELIE, JONAS, PRIYA, MARCUS, SOFIA]);
  b.vote(AMELIE, 'fr_stars_next_day', 3).vote(AMELIE, 'fr_generic_offers', 2);
  b.vote(JONAS, 'fr_sold_out_orderable', 3).vote(JONAS, 'fr_manual_reward_code', 2);
  b.vote(PRIYA, 'fr_stars_next_day', 2).vote(PRIYA, 'fr_crowded_shelf', 2).vote(PRIYA, 'fr_generic_offers', 1);
  b.vote(MARCUS, 'fr_manual_reward_code', 3).vote(MARCUS, 'fr_stars_next_day', 2);
  b.vote(SOFIA, 'fr_sold_out_orderable', 2).vote(SOFIA, 'fr_first_order_no_stars', 2).vote(SOFIA, 'fr_crowded_shelf', 1);

  b.thread('thr_stars_next_day', ['friction', 'fr_stars_next_day'], false, [
    [AMELIE, 'marketing', '2026-02-10T09:14:00.000Z', 'Chloé-type commuters check their stars on the platform, two minutes after paying. Seeing nothing until tomorrow is the top loyalty complaint. Can we show "pending" stars at least?'],
    [JONAS, 'it', '2026-02-10T11:02:00.000Z', 'The loyalty engine only learns about a purchase from the POS file at 02:00. We could show pending stars from the app order for mobile orders, but not for counter purchases — the app never sees those.'],
    [AMELIE, 'marketing', '2026-02-11T08:40:00.000Z', 'Half a fix would confuse people: the counter is where Sam shops. Let us make the Loyalty Cloud cut-over the fix and say so in the FAQ until then.'],
    [JONAS, 'it', '2026-02-11T10:15:00.000Z', 'Agreed. I have linked the opportunity; the real-time earn API is in the Q3 scope.'],
  ]);
  b.thread('thr_app_offers', ['touchpoint', 'tp_app_offers'], false, [
    [PRIYA, 'marketing', '2026-02-12T14:20:00.000Z', 'We want the Offers tab to react to today\'s order — e.g. a pastry offer after a second coffee. Is that possible with what we have?'],
    [MARCUS, 'it', '2026-02-12T16:05:00.000Z', 'CDP audiences recompute once a day at 05:00. In-session offers need the app events routed to Braze directly. Doable, but we have no numbers on whether it lifts redemption.'],
    [PRIYA, 'marketing', '2026-02-13T09:30:00.000Z', 'Fair. I will pull redemption by offer age from last quarter\'s campaigns before we commit anyone\'s time. Marking it "needs data".'],
  ]);
  b.thread('thr_birthday_late', ['friction', 'fr_birthday_late'], true, [
    [MARCUS, 'it', '2026-02-03T10:00:00.000Z', 'The birthday CSV export is now scheduled daily instead of weekly. The upload into MailBox Pro is still manual until we move to Braze.'],
    [SOFIA, 'marketing', '2026-02-09T15:45:00.000Z', 'Checked last week\'s sends: every voucher arrived before the birthday. Closing this; the Braze migration is tracked separately.'],
  ]);
  b.thread('thr_reward_code', ['dataLink', 'dl_redeem_loyalty'], false, [
    [JONAS, 'it', '2026-02-14T09:05:00.000Z', 'Redemption is a manual integration: the barista types the code and the loyalty engine sees it next morning. Store ops estimate 1 in 25 codes is mistyped.'],
    [AMELIE, 'marketing', '2026-02-14T12:30:00.000Z', 'Store ops told us it is closer to 1 in 10 at peak. We should agree on the number before we size the business case.'],
  ]);

  b.align(['friction', 'fr_stars_next_day'], 'agreed');
  b.align(['friction', 'fr_sold_out_orderable'], 'agreed');
  b.align(['touchpoint', 'tp_app_offers'], 'needs-data');
  b.align(['dataLink', 'dl_redeem_loyalty'], 'disputed');
  b.align(['system', 'sys_loyalty_cloud'], 'open-question');
}
