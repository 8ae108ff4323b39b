/**
 * What the site is called and says about itself, in ONE place: `settings.json` next to this file
 * (story words are data, never code). Read by titles, the header, feeds, social images, structured
 * data and the search index.
 */
import settings from './settings.json' with { type: 'json' };

export interface SiteSettings {
  /** Shown in titles, the header, feeds, social cards and structured data. */
  name: string;
  /** The home page's description when no context page is the hub. */
  description: string;
  /** What the RSS and JSON feeds say they carry. */
  feedDescription: string;
  /** The title on the site's own social image (home and every page without its own). */
  socialImageTitle: string;
  /** BCP 47 language of the content: `<html lang>`, feeds, structured data, the search index. */
  language: string;
  /** The line above the Sources and Corrections links at the foot of every page. */
  footer: string;
}

export const site: SiteSettings = settings;
