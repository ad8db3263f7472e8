from typing import Optional

from sqlalchemy import CheckConstraint, Column, Computed, String, Table, VARBINARY, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = 'item'
    __table_args__ = (
        CheckConstraint("cast(`code` as char charset ascii) <> ''", name='code_ascii'),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    code: Mapped[Optional[str]] = mapped_column(String(40))
    qty: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    label: Mapped[Optional[str]] = mapped_column(String(20), server_default=text('(cast(0 as char charset latin1))'))
    tag: Mapped[Optional[str]] = mapped_column(String(20), server_default=text('(cast(1 as char(3)'))
    raw: Mapped[Optional[bytes]] = mapped_column(VARBINARY(20), server_default=text('(cast(2 as char charset binary))'))
    as_latin: Mapped[Optional[str]] = mapped_column(String(40), Computed('(cast(`code` as char(10) charset latin1))', persisted=False))
    as_utf8: Mapped[Optional[str]] = mapped_column(String(40), Computed('(cast(`code` as char charset utf8mb3))', persisted=False))
    as_text: Mapped[Optional[str]] = mapped_column(String(20), Computed('(cast(`qty` as char(10) charset utf8mb4))', persisted=False))


t_item_texts = Table(
    'item_texts', Base.metadata,
    Column('id', INTEGER(11)),
    Column('qty_latin', String(11)),
    Column('code5', String(5)),
    Column('qty_utf8', String(4)),
    Column('code_bytes', VARBINARY(160))
)
