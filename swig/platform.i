/* What SWIG must know of pjlib's portability macros to read pjproject's headers. */
#define PJ_DECL(type) type
#define PJ_DEF(type) type
#define PJ_INLINE(type) type
#define PJ_IDECL(type) type
#define PJ_DECL_NO_RETURN(type) type
#define PJ_BEGIN_DECL
#define PJ_END_DECL
#define PJ_ATTR_NORETURN
#define PJ_DECL_DATA(type) extern type
#define PJ_INLINE_SPECIFIER
#define PJ_HAS_IPV6 1
