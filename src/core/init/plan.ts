/**
 * What `perfcoord init` writes: the answers to the questions laid out like
 * the minimal example, or a template as it is (renamed when a name was given).
 */
import type { ProjectAnswers } from './answers.js';
import { ANSWER_FILES, filesFromAnswers } from './generate.js';
import type { SchemaSource } from './schema-ref.js';
import { filesFromTemplate } from './template.js';
import type { TemplateName, Templates } from './template.js';
import { compareStrings } from '../util/compare.js';

export interface InitPlan {
  template: TemplateName;
  /** Present when the questions were answered: the project is built from them. */
  answers?: ProjectAnswers;
  /** The project name for a template written as it is. */
  name?: string;
}

const PROJECT_FILE = 'perfcoord.yaml';

/** The project file first, then the documents in path order: how people read a project. */
export function projectOrder(a: string, b: string): number {
  if (a === b) return 0;
  if (a === PROJECT_FILE) return -1;
  if (b === PROJECT_FILE) return 1;
  return compareStrings(a, b);
}

/** Whether the questions build the project (else the template is written as it is). */
export function asksQuestions(template: TemplateName, yes: boolean): boolean {
  return !yes && template === 'minimal';
}

/** The paths a run will write, known before any question is asked. */
export function plannedPaths(template: TemplateName, yes: boolean, templates: Templates): string[] {
  return (asksQuestions(template, yes) ? [...ANSWER_FILES] : Object.keys(templates[template])).sort(projectOrder);
}

/** Every file of the new project, path → content, in path order. */
export function projectFiles(plan: InitPlan, templates: Templates, source: SchemaSource): Map<string, string> {
  const files = plan.answers
    ? filesFromAnswers(plan.answers, source)
    : filesFromTemplate(templates[plan.template], source, plan.name);
  return new Map([...files].sort(([a], [b]) => projectOrder(a, b)));
}
