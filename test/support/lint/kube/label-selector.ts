import { asArray, asObject, asString } from './kube-object.js';

/** Whether labels satisfy a LabelSelector (matchLabels and matchExpressions), as the API server evaluates it. */
export function selectorMatches(selector: unknown, labels: Readonly<Record<string, string>>): boolean {
  const s = asObject(selector);
  for (const [key, value] of Object.entries(asObject(s.matchLabels))) {
    if (labels[key] !== value) return false;
  }
  for (const expression of asArray(s.matchExpressions)) {
    const e = asObject(expression);
    const key = asString(e.key) ?? '';
    const values = asArray(e.values).filter((v): v is string => typeof v === 'string');
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    switch (e.operator) {
      case 'In':
        if (!has || !values.includes(labels[key] as string)) return false;
        break;
      case 'NotIn':
        if (has && values.includes(labels[key] as string)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** A Service's selector is a plain map that must be a subset of the pod labels. */
export function mapSelectorMatches(selector: Readonly<Record<string, unknown>>, labels: Readonly<Record<string, string>>): boolean {
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}
