import { describe, expect, it } from 'vitest';
import { classNames } from '../../../src/emit/cdk8s/class-names.js';

describe('classNames', () => {
  it('keeps unit classes off every name the generated files import, the NetworkPolicies construct included', () => {
    expect(classNames('shop', ['network-policies', 'chart', 'app']).units).toEqual(['NetworkPoliciesUnit', 'ChartUnit', 'AppUnit']);
  });

  it('keeps unit classes unique and off the chart class', () => {
    const { chart, units } = classNames('shop', ['a-b1', 'a-b-1', 'shop-chart', '9lives']);
    expect(chart).toBe('ShopChart');
    expect(units).toEqual(['AB1', 'AB1Unit', 'ShopChartUnit', 'Unit9lives']);
  });
});
