/** Every generated content file and the builder that makes it (paths relative to the repository root). */
import type { Project } from '../../shared/domain/model.ts';
import { buildCoffeeSample, buildCoffeeTemplate } from './coffee.ts';
import { buildEcommerceTemplate } from './ecommerce.ts';
import { buildSaasTemplate } from './saas.ts';

export interface ContentFile { path: string; build: () => Project }

export const CONTENT: readonly ContentFile[] = [
  { path: 'assets/samples/coffee-loyalty.touchline', build: buildCoffeeSample },
  { path: 'assets/templates/coffee-loyalty.touchline', build: buildCoffeeTemplate },
  { path: 'assets/templates/b2c-ecommerce-purchase.touchline', build: buildEcommerceTemplate },
  { path: 'assets/templates/b2b-saas-onboarding.touchline', build: buildSaasTemplate },
];
