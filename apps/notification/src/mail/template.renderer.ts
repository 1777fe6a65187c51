import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** The templates folder: apps/notification/templates, found from here in source and build alike. */
export function templatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'apps/notification/templates');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error('apps/notification/templates not found');
}

interface CompiledTemplate {
  subject: Handlebars.TemplateDelegate;
  html: Handlebars.TemplateDelegate;
  text: Handlebars.TemplateDelegate;
}

/**
 * Renders `<name>.subject.hbs`, `<name>.html.hbs` and `<name>.text.hbs` inside `layout.html.hbs`.
 * HTML is escaped by Handlebars; the text and subject parts are not HTML and are rendered raw.
 */
@Injectable()
export class TemplateRenderer {
  private readonly dir = templatesDir();
  private readonly cache = new Map<string, CompiledTemplate>();
  private readonly layout = Handlebars.compile(readFileSync(join(this.dir, 'layout.html.hbs'), 'utf8'), { strict: true });

  render(name: string, data: Record<string, unknown>): RenderedEmail {
    const template = this.compiled(name);
    const subject = template.subject(data).trim();
    const body = template.html(data);
    return {
      subject,
      html: this.layout({ ...data, subject, body: new Handlebars.SafeString(body) }),
      text: template.text(data),
    };
  }

  private compiled(name: string): CompiledTemplate {
    let template = this.cache.get(name);
    if (!template) {
      const read = (part: string) => readFileSync(join(this.dir, `${name}.${part}.hbs`), 'utf8');
      template = {
        subject: Handlebars.compile(read('subject'), { strict: true, noEscape: true }),
        html: Handlebars.compile(read('html'), { strict: true }),
        text: Handlebars.compile(read('text'), { strict: true, noEscape: true }),
      };
      this.cache.set(name, template);
    }
    return template;
  }
}
