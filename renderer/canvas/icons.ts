/** One icon per channel, shared by cards, pickers and exports. */
import {
  Circle, Globe, Handshake, Headphones, Mail, Megaphone, MessageCircle, Share2, Smartphone, Store, type LucideIcon,
} from 'lucide-react';
import type { Channel } from '../../shared/domain/vocab.ts';

export const CHANNEL_ICONS: Record<Channel, LucideIcon> = {
  web: Globe,
  'mobile-app': Smartphone,
  email: Mail,
  store: Store,
  'call-centre': Headphones,
  chat: MessageCircle,
  social: Share2,
  advertising: Megaphone,
  partner: Handshake,
  other: Circle,
};
