from sqlalchemy import Column, DECIMAL, String, Table, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, MEDIUMTEXT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_counted_elsewhere = Table(
    'counted_elsewhere', Base.metadata,
    Column('next_id', BIGINT(12), server_default=text("'0'")),
    Column('top', INTEGER(11))
)


t_filtered = Table(
    'filtered', Base.metadata,
    Column('next_id', BIGINT(12), server_default=text("'0'"))
)


t_order_summary = Table(
    'order_summary', Base.metadata,
    Column('next_id', BIGINT(12)),
    Column('note', String(20)),
    Column('mixed', BIGINT(22)),
    Column('total', DECIMAL(32, 0)),
    Column('notes', MEDIUMTEXT),
    Column('id_or_zero', INTEGER(11), server_default=text("'0'")),
    Column('all_rows', BIGINT(21))
)


t_order_totals = Table(
    'order_totals', Base.metadata,
    Column('twice', BIGINT(12)),
    Column('qty', INTEGER(11), server_default=text('1')),
    Column('n', BIGINT(21), nullable=False),
    Column('top', BIGINT(12)),
    Column('id_or_zero', INTEGER(11), nullable=False)
)


class Orders(Base):
    __tablename__ = 'orders'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    qty: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('1'))
    note: Mapped[str] = mapped_column(String(20), nullable=False, server_default=text("''"))
