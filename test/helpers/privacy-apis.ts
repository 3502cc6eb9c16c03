// The wx APIs WeChat gates behind the privacy guide, by item: defined once in the platform model.
export { PRIVACY_ITEMS } from '../../scripts/lib/wx-model';
