from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Categories(Base):
    __tablename__ = 'categories'
    __table_args__ = (
        ForeignKeyConstraint(['parent_id'], ['categories.id'], ondelete='CASCADE', name='fk_parent'),
        Index('fk_parent', 'parent_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(80), nullable=False)
    parent_id: Mapped[Optional[int]] = mapped_column(INTEGER(10, unsigned=True))

    parent: Mapped[Optional['Categories']] = relationship('Categories', remote_side=[id], back_populates='parent_reverse')
    parent_reverse: Mapped[list['Categories']] = relationship('Categories', remote_side=[parent_id], back_populates='parent')
