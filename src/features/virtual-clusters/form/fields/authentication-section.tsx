import AddIcon from '@mui/icons-material/Add'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import FormHelperText from '@mui/material/FormHelperText'
import ListItemText from '@mui/material/ListItemText'
import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import { useEffect, useId, useRef, useState, type RefObject } from 'react'
import { useFieldArray, useFormContext } from 'react-hook-form'
import { FormSection } from '../../../../components/form/form-section'
import {
  CLIENT_CERTIFICATE_MIN_RUNTIME,
  runtimeReason,
  type RuntimeSupport,
} from '../virtual-cluster-runtime'
import {
  newAuthMethod,
  type AuthMethodKind,
  type VirtualClusterFormValues,
} from '../virtual-cluster-form-values'
import { AuthenticationMethodCard, type CardControls } from './authentication-method-card'
import { authMethodLabel, AUTH_METHOD_OPTIONS } from './authentication-method-options'

type PendingFocus =
  | { kind: 'added' }
  | { kind: 'moved'; id: string; direction: 'up' | 'down' }
  | { kind: 'removed'; index: number }

interface AuthenticationSectionProps {
  gatewayId: string
  runtime: RuntimeSupport
  /** The "Add authentication method" button, which takes the focus when no method is there. */
  addButtonRef: RefObject<HTMLElement | null>
}

/** The ordered authentication methods: clients are tried against each in turn; the first match wins. */
export function AuthenticationSection({
  gatewayId,
  runtime,
  addButtonRef,
}: AuthenticationSectionProps) {
  const { control, formState, getFieldState } = useFormContext<VirtualClusterFormValues>()
  const { fields, append, move, remove } = useFieldArray({ control, name: 'authentication' })
  const [menuAnchor, setMenuAnchor] = useState<HTMLElement | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const addButton = useRef<HTMLButtonElement>(null)
  const headings = useRef(new Map<string, HTMLHeadingElement>())
  const controls = useRef(new Map<string, CardControls>())
  const pending = useRef<PendingFocus | null>(null)
  const menuId = useId()
  const errorId = useId()

  useEffect(() => {
    const next = pending.current
    pending.current = null
    if (next === null) return
    if (next.kind === 'removed') {
      const neighbour = fields[Math.min(next.index, fields.length - 1)]
      if (neighbour) headings.current.get(neighbour.id)?.focus()
      else addButton.current?.focus()
      return
    }
    if (next.kind === 'moved') {
      // The button keeps the focus while it can still move the card; at either end, the heading.
      const button = controls.current.get(next.id)?.[next.direction]
      if (button && !button.disabled) button.focus()
      else headings.current.get(next.id)?.focus()
      return
    }
    // Added: the new card is the last one.
    const added = fields.at(-1)
    if (added) headings.current.get(added.id)?.focus()
  }, [fields])

  const kindCounts = new Map<AuthMethodKind, number>()
  for (const field of fields) kindCounts.set(field.kind, (kindCounts.get(field.kind) ?? 0) + 1)
  const nameOf = (kind: AuthMethodKind, index: number) =>
    (kindCounts.get(kind) ?? 0) > 1
      ? `${authMethodLabel(kind)} (method ${index + 1})`
      : authMethodLabel(kind)

  const add = (kind: AuthMethodKind) => {
    setMenuAnchor(null)
    pending.current = { kind: 'added' }
    append(newAuthMethod(kind), { shouldFocus: false })
    setAnnouncement(`${authMethodLabel(kind)} added as method ${fields.length + 1}.`)
  }
  const listError = getFieldState('authentication', formState).error
  const listMessage = listError?.root?.message ?? listError?.message
  const clientCertificateReason = runtime.clientCertificate
    ? undefined
    : runtimeReason('Client certificates', CLIENT_CERTIFICATE_MIN_RUNTIME, runtime.version)

  return (
    <FormSection
      title="Authentication"
      description="How clients authenticate to this virtual cluster. The methods are tried in order; the first that matches wins."
    >
      {fields.length > 0 ? (
        <Box
          component="ol"
          aria-label="Authentication methods, in the order they are tried"
          sx={{ m: 0, p: 0, display: 'grid', gap: 2 }}
        >
          {fields.map((field, index) => (
            <AuthenticationMethodCard
              key={field.id}
              index={index}
              count={fields.length}
              kind={field.kind}
              plainRank={
                fields.slice(0, index).filter((before) => before.kind === 'sasl_plain').length
              }
              accessibleName={nameOf(field.kind, index)}
              gatewayId={gatewayId}
              runtime={runtime}
              headingRef={(element) => {
                if (element) headings.current.set(field.id, element)
                else headings.current.delete(field.id)
              }}
              controlsRef={(found) => {
                controls.current.set(field.id, {
                  up: null,
                  down: null,
                  ...controls.current.get(field.id),
                  ...found,
                })
              }}
              onMove={(direction) => {
                const to = direction === 'up' ? index - 1 : index + 1
                pending.current = { kind: 'moved', id: field.id, direction }
                move(index, to)
                setAnnouncement(`${nameOf(field.kind, index)} moved to position ${to + 1}.`)
              }}
              onRemove={() => {
                pending.current = { kind: 'removed', index }
                remove(index)
                controls.current.delete(field.id)
                setAnnouncement(`${nameOf(field.kind, index)} removed.`)
              }}
            />
          ))}
        </Box>
      ) : null}
      {listMessage ? (
        <FormHelperText error id={errorId} role="alert">
          {listMessage}
        </FormHelperText>
      ) : null}
      <Box>
        <Button
          ref={(element: HTMLButtonElement | null) => {
            addButton.current = element
            addButtonRef.current = element
          }}
          variant="outlined"
          startIcon={<AddIcon />}
          aria-haspopup="menu"
          aria-controls={menuAnchor ? menuId : undefined}
          aria-expanded={menuAnchor ? true : undefined}
          aria-describedby={listMessage ? errorId : undefined}
          onClick={(event) => setMenuAnchor(event.currentTarget)}
        >
          Add authentication method
        </Button>
        {clientCertificateReason ? (
          <FormHelperText>{clientCertificateReason}</FormHelperText>
        ) : null}
      </Box>
      <Menu
        id={menuId}
        anchorEl={menuAnchor}
        open={menuAnchor !== null}
        onClose={() => {
          setMenuAnchor(null)
          addButton.current?.focus()
        }}
        // Focus goes to the new card, not back to the button.
        disableRestoreFocus
      >
        {AUTH_METHOD_OPTIONS.map((option) => {
          const reason = option.kind === 'client_certificate' ? clientCertificateReason : undefined
          return (
            <MenuItem
              key={option.kind}
              disabled={reason !== undefined}
              aria-label={option.label}
              aria-describedby={`${menuId}-${option.kind}`}
              onClick={() => add(option.kind)}
            >
              <ListItemText
                primary={option.label}
                secondary={
                  <span id={`${menuId}-${option.kind}`}>{reason ?? option.description}</span>
                }
                slotProps={{ secondary: { sx: { whiteSpace: 'normal', maxWidth: 380 } } }}
              />
            </MenuItem>
          )
        })}
      </Menu>
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </FormSection>
  )
}
