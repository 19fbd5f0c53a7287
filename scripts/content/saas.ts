/**
 * Template: B2B SaaS onboarding as a service blueprint — what the customer
 * does, what they see (frontstage), what staff do out of sight (backstage)
 * and the support processes behind them. Gaps on purpose: the kick-off call
 * and the QBR have no data link, the status page is used by no touchpoint,
 * health scores are read daily by a real-time in-app checklist.
 */
import type { Project } from '../../shared/domain/model.ts';
import { ProjectBuilder } from './builder.ts';

const INES = 'per_it_admin_ines';
const MARCO = 'per_team_lead_marco';

export function buildSaasTemplate(): Project {
  const b = new ProjectBuilder({
    id: 'prj_tpl_b2b_saas_onboarding', name: 'B2B SaaS onboarding', journeyId: 'jny_saas_onboarding', kind: 'service-blueprint',
    createdAt: '2026-01-12T09:00:00.000Z', updatedAt: '2026-01-12T09:00:00.000Z',
    description: 'From signed contract to a team using the product every week: a service blueprint for a B2B SaaS onboarding. Replace the examples with your own service.',
  });
  b.persona(INES, 'IT Admin Ines', {
    role: 'IT administrator at a 400-person customer; owns SSO, provisioning and security review',
    goals: 'Set up SSO and user provisioning once, pass the security review, no surprises for the helpdesk.',
    quote: 'Send me the SAML metadata and the DPA on day one, not day twenty.',
  });
  b.persona(MARCO, 'Team Lead Marco', {
    role: 'Operations team lead who championed the purchase',
    goals: 'Get his team productive in the first month and show value to his director.',
    quote: 'I sold this internally. I need a win before the quarterly review.',
  });

  b.stage('stg_contract', 'Contract signed', 'A warm, fast hand-over from sales to onboarding.', 'Days from signature to kick-off');
  b.stage('stg_kickoff', 'Kick-off & setup', 'Workspace, SSO and admins ready in the first week.', 'Days to first admin login');
  b.stage('stg_integrate', 'Data import & integration', 'Customer data flowing in without manual work.', 'Share of accounts with a live integration at day 30');
  b.stage('stg_first_value', 'Training & first value', 'The team completes its first real workflow.', 'Time to first value; weekly active users');
  b.stage('stg_adoption', 'Adoption & renewal', 'Usage grows and the customer renews.', 'Seat utilisation; net revenue retention');

  b.touchpoint('tp_welcome_email', 'stg_contract', 'frontstage', 'Welcome email from the onboarding manager', { channel: 'email', action: 'Reads who will help and what happens next.', description: 'Sent by hand when the CSM notices the closed deal.', evidence: 'validated', emotions: [[INES, 0, 1], [MARCO, 1, 2]] });
  b.touchpoint('tp_handover', 'stg_contract', 'backstage', 'Sales-to-onboarding handover', { channel: 'other', action: '', description: 'Account executive fills a handover form; deal notes often missing.', evidence: 'partly-validated' });
  b.touchpoint('tp_provision_ws', 'stg_contract', 'support-processes', 'Workspace provisioning', { channel: 'other', action: '', description: 'Ops creates the tenant from the CRM opportunity, after billing confirms the order.', evidence: 'validated' });
  b.touchpoint('tp_kickoff_call', 'stg_kickoff', 'frontstage', 'Kick-off video call', { channel: 'other', action: 'Agrees goals, timeline and owners.', description: 'One-hour call with a standard deck.', evidence: 'validated', emotions: [[INES, 0, null], [MARCO, 1, 2]] });
  b.touchpoint('tp_sso_setup', 'stg_kickoff', 'customer-actions', 'Configures SSO and SCIM', { channel: 'web', action: 'Uploads IdP metadata and tests login.', description: 'Self-serve admin console with docs.', evidence: 'validated', realTime: true, emotions: [[INES, -1, 1]] });
  b.touchpoint('tp_security_review', 'stg_kickoff', 'backstage', 'Security questionnaire answered', { channel: 'email', action: '', description: 'Security team answers a 200-question spreadsheet by email.', evidence: 'validated', emotions: [[INES, -2, 0]] });
  b.touchpoint('tp_import_wizard', 'stg_integrate', 'frontstage', 'CSV import wizard', { channel: 'web', action: 'Maps columns and imports records.', description: 'Validates rows; errors shown as a downloadable file.', evidence: 'partly-validated', realTime: true, emotions: [[INES, -1, 1], [MARCO, -1, 1]] });
  b.touchpoint('tp_connector', 'stg_integrate', 'frontstage', 'Connect the customer\'s CRM', { channel: 'web', action: 'Authorises the CRM connector.', description: 'OAuth connector with a nightly sync.', evidence: 'assumed', emotions: [[INES, 0, 1]] });
  b.touchpoint('tp_import_support', 'stg_integrate', 'support-processes', 'Solutions engineer fixes failed imports', { channel: 'other', action: '', description: 'Engineer runs scripts against the tenant database from a ticket.', evidence: 'validated' });
  b.touchpoint('tp_training', 'stg_first_value', 'frontstage', 'Live training for the team', { channel: 'other', action: 'Team attends a 90-minute session.', description: 'Recorded, but the recording is not in the product.', evidence: 'validated', emotions: [[MARCO, 1, 2]] });
  b.touchpoint('tp_checklist', 'stg_first_value', 'frontstage', 'In-app onboarding checklist', { channel: 'web', action: 'Ticks off first workflow steps.', description: 'Progress comes from the product analytics export.', evidence: 'assumed', realTime: true, emotions: [[MARCO, 0, 2], [INES, 0, null]] });
  b.touchpoint('tp_health_score', 'stg_first_value', 'backstage', 'CSM reviews health score', { channel: 'other', action: '', description: 'Health score in the CS platform, recalculated nightly.', evidence: 'partly-validated' });
  b.touchpoint('tp_qbr', 'stg_adoption', 'frontstage', 'Quarterly business review', { channel: 'other', action: 'Reviews adoption and goals with the CSM.', description: 'Slides built by hand from three tools.', evidence: 'validated', emotions: [[MARCO, 0, 2]] });
  b.touchpoint('tp_support_ticket', 'stg_adoption', 'customer-actions', 'Raises a support ticket', { channel: 'chat', action: 'Asks how to add a new team.', description: 'In-app chat to the support desk.', evidence: 'validated', emotions: [[INES, -1, 1], [MARCO, -1, null]] });
  b.touchpoint('tp_renewal', 'stg_adoption', 'backstage', 'Renewal forecast', { channel: 'other', action: '', description: 'Account manager forecasts renewal from the CRM and the health score.', evidence: 'assumed' });

  b.connect('con_welcome_kickoff', 'tp_welcome_email', 'tp_kickoff_call');
  b.connect('con_handover_welcome', 'tp_handover', 'tp_welcome_email');
  b.connect('con_provision_sso', 'tp_provision_ws', 'tp_sso_setup');
  b.connect('con_kickoff_sso', 'tp_kickoff_call', 'tp_sso_setup');
  b.connect('con_sso_import', 'tp_sso_setup', 'tp_import_wizard');
  b.connect('con_import_support', 'tp_import_wizard', 'tp_import_support', 'Import fails');
  b.connect('con_import_connector', 'tp_import_wizard', 'tp_connector', 'Import succeeds');
  b.connect('con_connector_training', 'tp_connector', 'tp_training');
  b.connect('con_training_checklist', 'tp_training', 'tp_checklist');
  b.connect('con_checklist_qbr', 'tp_checklist', 'tp_qbr');
  b.connect('con_health_renewal', 'tp_health_score', 'tp_renewal');

  b.system('sys_crm', 'Sales CRM', { kind: 'crm', vendor: 'HubSpot', businessOwner: 'VP Sales', technicalOwner: 'RevOps', hosting: 'saas', lifecycle: 'active', criticality: 'high', systemOfRecord: true, link: '', notes: 'Deals, contacts, handover form.' });
  b.system('sys_cs', 'Customer success platform', { kind: 'support', vendor: 'Gainsight', businessOwner: 'Head of Customer Success', technicalOwner: 'CS ops', hosting: 'saas', lifecycle: 'active', criticality: 'medium', systemOfRecord: false, link: '', notes: 'Health scores and onboarding plans; nightly sync.' });
  b.system('sys_product', 'Product application', { kind: 'custom', vendor: 'In-house', businessOwner: 'VP Product', technicalOwner: 'Platform engineering', hosting: 'cloud', lifecycle: 'active', criticality: 'mission-critical', systemOfRecord: true, link: '', notes: 'Multi-tenant app, admin console, import wizard.' });
  b.system('sys_idp', 'Identity service', { kind: 'identity-consent', vendor: 'Auth0', businessOwner: 'CISO', technicalOwner: 'Platform engineering', hosting: 'saas', lifecycle: 'active', criticality: 'mission-critical', systemOfRecord: false, link: '', notes: 'SSO (SAML/OIDC) and SCIM provisioning.' });
  b.system('sys_product_analytics', 'Product analytics', { kind: 'analytics', vendor: 'Mixpanel', businessOwner: 'VP Product', technicalOwner: 'Data team', hosting: 'saas', lifecycle: 'active', criticality: 'medium', systemOfRecord: false, link: '', notes: 'Feature usage; exported daily to the CS platform.' });
  b.system('sys_helpdesk', 'Support desk', { kind: 'support', vendor: 'Intercom', businessOwner: 'Support lead', technicalOwner: 'Support ops', hosting: 'saas', lifecycle: 'active', criticality: 'medium', systemOfRecord: false, link: '', notes: 'In-app chat and tickets.' });
  b.system('sys_billing', 'Billing', { kind: 'erp', vendor: 'Chargebee', businessOwner: 'Finance', technicalOwner: 'RevOps', hosting: 'saas', lifecycle: 'active', criticality: 'high', systemOfRecord: true, link: '', notes: 'Subscriptions and invoices.' });
  b.system('sys_legacy_tracker', 'Onboarding tracker spreadsheet', { kind: 'other', vendor: 'Shared spreadsheet', businessOwner: 'Onboarding manager', technicalOwner: 'None', hosting: 'saas', lifecycle: 'end-of-life', criticality: 'low', systemOfRecord: false, link: '', notes: 'Being replaced by onboarding plans in the CS platform.' });
  b.system('sys_status', 'Status page', { kind: 'other', vendor: 'Atlassian Statuspage', businessOwner: 'Support lead', technicalOwner: 'SRE', hosting: 'saas', lifecycle: 'active', criticality: 'low', systemOfRecord: false, link: '', notes: 'Not yet linked from onboarding.' });
  b.placeSystems(['sys_crm', 'sys_idp', 'sys_product', 'sys_cs', 'sys_helpdesk', 'sys_billing', 'sys_legacy_tracker', 'sys_product_analytics', 'sys_status']);

  b.dataLink('dl_handover_crm', 'tp_handover', 'sys_crm', { objects: ['Deal', 'Handover form'], direction: 'both', personal: ['contact'], integration: 'manual', freshness: 'unknown', evidence: 'validated' });
  b.dataLink('dl_welcome_tracker', 'tp_welcome_email', 'sys_legacy_tracker', { objects: ['Onboarding contacts'], direction: 'reads', personal: ['contact'], integration: 'manual', freshness: 'weekly', evidence: 'validated' });
  b.dataLink('dl_provision_billing', 'tp_provision_ws', 'sys_billing', { objects: ['Subscription', 'Seat count'], direction: 'reads', integration: 'api-batch', freshness: 'daily', evidence: 'partly-validated' });
  b.dataLink('dl_provision_product', 'tp_provision_ws', 'sys_product', { objects: ['Tenant'], direction: 'writes', integration: 'manual', freshness: 'unknown', evidence: 'validated' });
  b.dataLink('dl_sso_idp', 'tp_sso_setup', 'sys_idp', { objects: ['SAML connection', 'Provisioned users'], direction: 'both', personal: ['contact'], integration: 'real-time', freshness: 'real-time', evidence: 'validated' });
  b.dataLink('dl_security_crm', 'tp_security_review', 'sys_crm', { objects: ['Security questionnaire'], direction: 'writes', integration: 'none', freshness: 'unknown', evidence: 'assumed' });
  b.dataLink('dl_import_product', 'tp_import_wizard', 'sys_product', { objects: ['Imported records', 'Import errors'], direction: 'writes', personal: ['contact', 'other'], integration: 'real-time', freshness: 'real-time', evidence: 'validated' });
  b.dataLink('dl_connector_product', 'tp_connector', 'sys_product', { objects: ['Customer CRM records'], direction: 'writes', personal: ['contact'], integration: 'api-batch', freshness: 'daily', evidence: 'assumed' });
  b.dataLink('dl_import_support_helpdesk', 'tp_import_support', 'sys_helpdesk', { objects: ['Ticket'], direction: 'both', personal: ['contact'], integration: 'real-time', freshness: 'real-time', evidence: 'validated' });
  b.dataLink('dl_checklist_analytics', 'tp_checklist', 'sys_product_analytics', { objects: ['Feature usage events'], direction: 'reads', personal: ['behavioural'], integration: 'file-batch', freshness: 'daily', evidence: 'assumed' });
  b.dataLink('dl_health_cs', 'tp_health_score', 'sys_cs', { objects: ['Health score', 'Usage summary'], direction: 'reads', integration: 'api-batch', freshness: 'daily', evidence: 'partly-validated' });
  b.dataLink('dl_ticket_helpdesk', 'tp_support_ticket', 'sys_helpdesk', { objects: ['Conversation'], direction: 'writes', personal: ['contact'], integration: 'real-time', freshness: 'real-time', evidence: 'validated' });
  b.dataLink('dl_renewal_crm', 'tp_renewal', 'sys_crm', { objects: ['Renewal opportunity'], direction: 'both', integration: 'manual', freshness: 'weekly', evidence: 'assumed' });

  b.friction('fr_handover_gaps', 'tp_handover', { title: 'Customer goals lost in the handover', severity: 'high', evidence: 'validated', owner: 'shared', status: 'open', description: 'The onboarding manager re-asks questions sales already answered.', systems: ['sys_crm'] });
  b.friction('fr_provision_wait', 'tp_provision_ws', { title: 'Workspace waits for billing', severity: 'medium', evidence: 'partly-validated', owner: 'it', status: 'in-progress', description: 'Tenants are created only after the nightly billing sync, delaying kick-off by up to two days.', systems: ['sys_billing', 'sys_product'] });
  b.friction('fr_security_email', 'tp_security_review', { title: 'Security review by email ping-pong', severity: 'high', evidence: 'validated', owner: 'it', status: 'open', description: 'Answers are re-typed for every customer; reviews take three weeks on average.' });
  b.friction('fr_import_errors', 'tp_import_wizard', { title: 'Import errors are hard to fix', severity: 'critical', evidence: 'validated', owner: 'it', status: 'open', description: 'Errors arrive as a spreadsheet; customers give up and open a ticket.', systems: ['sys_product'] });
  b.friction('fr_checklist_stale', 'tp_checklist', { title: 'Checklist does not tick off done steps', severity: 'medium', evidence: 'assumed', owner: 'marketing', status: 'open', description: 'Progress is a day behind, so the checklist nags about finished steps.', systems: ['sys_product_analytics'] });

  b.opportunity('opp_trust_portal', { title: 'Self-serve trust portal', owner: 'Security team', priority: 'high', status: 'planned', description: 'Publish the standard questionnaire, DPA and certificates for download.', frictions: ['fr_security_email'] });
  b.opportunity('opp_inline_import', { title: 'Fix import errors inline', owner: 'Platform engineering', priority: 'high', status: 'idea', description: 'Show and edit failing rows in the wizard.', frictions: ['fr_import_errors'] });
  b.opportunity('opp_structured_handover', { title: 'Structured handover in the CRM', owner: 'RevOps', priority: 'medium', status: 'in-progress', description: 'Required goal and stakeholder fields before a deal can close.', frictions: ['fr_handover_gaps', 'fr_provision_wait'] });
  return b.build();
}
