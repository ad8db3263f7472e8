from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Index, String
from sqlalchemy.dialects.mysql import INTEGER, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class WidgetKind(Base):
    __tablename__ = 'widget_kind'

    id: Mapped[int] = mapped_column(TINYINT(3, unsigned=True), primary_key=True)
    label: Mapped[str] = mapped_column(String(20), nullable=False)

    widget: Mapped[list['Widget']] = relationship('Widget', back_populates='kind')


class Widget(Base):
    __tablename__ = 'widget'
    __table_args__ = (
        ForeignKeyConstraint(['kind_id'], ['widget_kind.id'], name='fk_widget_kind'),
        Index('fk_widget_kind', 'kind_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    kind_id: Mapped[int] = mapped_column(TINYINT(3, unsigned=True), nullable=False)
    one_label_column: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    no_such_table_absent: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    id_found: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    kind: Mapped['WidgetKind'] = relationship('WidgetKind', back_populates='widget')
