/** One icon per kind of system, shared by the catalog, the canvas and pickers. */
import {
  Blocks, ChartColumn, CreditCard, Database, FileText, Gift, Headset, Package, ScanBarcode, Send, ShieldCheck,
  ShoppingCart, Users, UserSearch, Warehouse, type LucideIcon,
} from 'lucide-react';
import type { SystemKind } from '../../shared/domain/vocab.ts';

export const SYSTEM_ICONS: Record<SystemKind, LucideIcon> = {
  crm: Users,
  cdp: UserSearch,
  cms: FileText,
  ecommerce: ShoppingCart,
  'marketing-automation': Send,
  analytics: ChartColumn,
  'data-warehouse': Warehouse,
  erp: Database,
  pos: ScanBarcode,
  'identity-consent': ShieldCheck,
  support: Headset,
  payment: CreditCard,
  loyalty: Gift,
  custom: Blocks,
  other: Package,
};
