/** A column of a data table: the header cell, its width and its loading placeholder. */
export interface TableColumn<Id extends string = string> {
  id: Id
  label: string
  /**
   * Fixed table layout: columns keep their width from page to page. Short, known-width content gets
   * pixels; the rest share what is left.
   */
  width?: number | string
  /** Heard by screen readers, not shown (the actions column, whose id is 'actions'). */
  hiddenLabel?: boolean
  /** The skeleton bar's width, close to real content so the switch to data barely moves. */
  skeletonWidth: number | string
}
