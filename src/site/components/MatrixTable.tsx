import React from 'react';
import { ScrollBox } from './ScrollBox';

/** A cell of a matrix: whether the row's item is covered in the column, and what it lists. */
export interface MatrixCell {
  key: string;
  covered: boolean;
  content: React.ReactNode;
}

/** A row of a matrix: its heading and one cell per column. */
export interface MatrixRow {
  key: string;
  head: React.ReactNode;
  cells: MatrixCell[];
}

/**
 * A matrix of rows against columns (offense types or powers against jurisdictions), in its own
 * scroll area, every cell marked covered or a gap by more than its colour (its text says so).
 */
export function MatrixTable({
  label,
  corner,
  columns,
  rows,
  className,
}: {
  label: string;
  corner: string;
  columns: { key: string; head: React.ReactNode }[];
  rows: MatrixRow[];
  className?: string;
}): React.JSX.Element {
  return (
    <ScrollBox label={label}>
      <table className={className ? `coverage ${className}` : 'coverage'}>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {columns.map((column) => (
              <th scope="col" key={column.key}>
                {column.head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.head}</th>
              {row.cells.map((cell) => (
                <td key={cell.key} className={cell.covered ? 'covered' : 'gap'}>
                  {cell.content}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
