import type { AlertColor } from '@mui/material/Alert'
import {
  createContext,
  lazy,
  Suspense,
  useCallback,
  useContext,
  useMemo,
  useState,
  type ReactNode,
} from 'react'

// A split point: the snackbar's code loads with the first notice (after a save or a delete).
const NoticeSnackbar = lazy(() =>
  import('./notice-snackbar').then((module) => ({ default: module.NoticeSnackbar })),
)

interface Notice {
  id: number
  message: string
  severity: AlertColor
}

type Notify = (message: string, severity?: AlertColor) => void

const NotifyContext = createContext<Notify | null>(null)

/** One snackbar at a time; a new notice replaces the current one. */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null)
  const [open, setOpen] = useState(false)
  const notify = useCallback<Notify>((message, severity = 'success') => {
    setNotice({ id: Date.now(), message, severity })
    setOpen(true)
  }, [])
  const value = useMemo(() => notify, [notify])
  return (
    <NotifyContext.Provider value={value}>
      {children}
      {notice ? (
        <Suspense fallback={null}>
          <NoticeSnackbar
            key={notice.id}
            open={open}
            message={notice.message}
            severity={notice.severity}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      ) : null}
    </NotifyContext.Provider>
  )
}

export function useNotify(): Notify {
  const notify = useContext(NotifyContext)
  if (!notify) throw new Error('useNotify needs a NotificationsProvider')
  return notify
}
