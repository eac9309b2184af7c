import { describe, expect, it } from 'vitest';
import { collapseRoutes } from '../../src/plugin/client-route-table.js';

/** A route table as Docusaurus 3 writes `.docusaurus/routes.js`. */
const routesSource = `import React from 'react';
import ComponentCreator from '@docusaurus/ComponentCreator';

export default [
  {
    path: '/mk/compare',
    component: ComponentCreator('/mk/compare', '2e2'),
    exact: true
  },
  {
    path: '/mk/provisions/kr/stalking-act/18',
    component: ComponentCreator('/mk/provisions/kr/stalking-act/18', 'a01'),
    exact: true
  },
  {
    path: '/mk/provisions/mk/criminal-code/144-a',
    component: ComponentCreator('/mk/provisions/mk/criminal-code/144-a', 'b02'),
    exact: true
  },
  {
    path: '/mk/docs',
    component: ComponentCreator('/mk/docs', 'd00'),
    routes: [
      {
        path: '/mk/docs/methodology',
        component: ComponentCreator('/mk/docs/methodology', 'd01'),
        exact: true
      }
    ]
  },
  {
    path: '*',
    component: ComponentCreator('*'),
  },
];
`;
const chunkNames = {
  '/mk/compare-2e2': { __comp: 'c1' },
  '/mk/provisions/kr/stalking-act/18-a01': { __comp: 'p1', __context: { plugin: 'x' } },
  '/mk/provisions/mk/criminal-code/144-a-b02': { __comp: 'p1', __context: { plugin: 'x' } },
  '/mk/docs-d00': { __comp: 'd' },
};
const provisions = {
  prefix: '/mk/provisions/',
  pattern: '/mk/provisions/:jurisdiction/:instrument/:article',
  expected: 2,
};

describe('the browser’s route table', () => {
  it('replaces the routes of a record kind by one pattern that loads the same component', () => {
    const collapsed = collapseRoutes(routesSource, chunkNames, [provisions]);
    expect(collapsed.routesSource).not.toContain('stalking-act');
    expect(collapsed.routesSource).not.toContain('144-a');
    expect(collapsed.routesSource).toContain(
      "component: ComponentCreator('/mk/provisions/:jurisdiction/:instrument/:article', 'a01')",
    );
    // Other routes, nested ones included, stay as they were.
    expect(collapsed.routesSource).toContain("ComponentCreator('/mk/compare', '2e2')");
    expect(collapsed.routesSource).toContain("ComponentCreator('/mk/docs/methodology', 'd01')");
    expect(collapsed.chunkNames).toEqual({
      '/mk/compare-2e2': { __comp: 'c1' },
      '/mk/docs-d00': { __comp: 'd' },
      '/mk/provisions/:jurisdiction/:instrument/:article-a01': {
        __comp: 'p1',
        __context: { plugin: 'x' },
      },
    });
  });

  it('refuses a table whose format it does not recognise instead of shipping every route', () => {
    const reformatted = routesSource.replace(/ {4}exact: true\n/g, '    exact: true,\n');
    expect(() => collapseRoutes(reformatted, chunkNames, [provisions])).toThrow(
      /holds 0 routes under \/mk\/provisions\/, not 2/,
    );
  });
});
