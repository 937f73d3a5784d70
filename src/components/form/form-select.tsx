import FormControl from '@mui/material/FormControl'
import FormHelperText from '@mui/material/FormHelperText'
import InputLabel from '@mui/material/InputLabel'
import ListItemText from '@mui/material/ListItemText'
import MenuItem from '@mui/material/MenuItem'
import Select from '@mui/material/Select'
import { useId, type ReactNode } from 'react'
import { Controller, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form'
import { useMenuPlacement } from './menu-placement'

export interface SelectOption<V extends string> {
  value: V
  label: string
  /** Shown under the label in the list, and under the field once chosen. */
  description?: string
}

interface FormSelectProps<T extends FieldValues, V extends string> {
  control: Control<T>
  name: FieldPathByValue<T, V>
  label: string
  options: readonly SelectOption<V>[]
  /** Under the field when there is no error; defaults to the chosen option's description. */
  helperText?: ReactNode
  disabled?: boolean
  fullWidth?: boolean
}

/**
 * A dropdown bound to a string field of the form. Options are named by their label alone (their
 * description is read as a description), and the field's help says what the chosen one does.
 */
export function FormSelect<T extends FieldValues, V extends string>({
  control,
  name,
  label,
  options,
  helperText,
  disabled,
  fullWidth = true,
}: FormSelectProps<T, V>) {
  const id = useId()
  const labelId = `${id}-label`
  const helpId = `${id}-help`
  const { fieldRef, onOpen, menuProps } = useMenuPlacement()
  const labelOf = (value: V) => options.find((option) => option.value === value)?.label ?? value
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const chosen = options.find((option) => option.value === field.value)
        const help = fieldState.error?.message ?? helperText ?? chosen?.description
        return (
          <FormControl error={Boolean(fieldState.error)} fullWidth={fullWidth} disabled={disabled}>
            <InputLabel id={labelId}>{label}</InputLabel>
            <Select<V>
              labelId={labelId}
              id={id}
              label={label}
              value={field.value}
              onChange={(event) => field.onChange(event.target.value)}
              onBlur={field.onBlur}
              inputRef={field.ref}
              ref={fieldRef}
              onOpen={onOpen}
              MenuProps={menuProps}
              renderValue={labelOf}
              SelectDisplayProps={help ? { 'aria-describedby': helpId } : undefined}
            >
              {options.map((option) => (
                <MenuItem
                  key={option.value}
                  value={option.value}
                  aria-label={option.label}
                  aria-describedby={option.description ? `${id}-${option.value}` : undefined}
                >
                  <ListItemText
                    primary={option.label}
                    secondary={
                      option.description ? (
                        <span id={`${id}-${option.value}`}>{option.description}</span>
                      ) : undefined
                    }
                    slotProps={{ secondary: { sx: { whiteSpace: 'normal', maxWidth: 520 } } }}
                  />
                </MenuItem>
              ))}
            </Select>
            {help ? <FormHelperText id={helpId}>{help}</FormHelperText> : null}
          </FormControl>
        )
      }}
    />
  )
}
