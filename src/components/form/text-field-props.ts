import type { ControllerRenderProps, FieldPath, FieldValues } from 'react-hook-form'

/**
 * Props for an MUI TextField from a Controller's field. The ref must go to the <input> (inputRef), not
 * the TextField's root, or focusing the first error lands on a <div>.
 */
export function textFieldProps<T extends FieldValues, N extends FieldPath<T>>(
  field: ControllerRenderProps<T, N>,
) {
  return {
    name: field.name,
    value: field.value,
    onChange: field.onChange,
    onBlur: field.onBlur,
    inputRef: field.ref,
    disabled: field.disabled,
  }
}
